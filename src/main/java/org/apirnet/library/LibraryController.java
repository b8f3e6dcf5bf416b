package org.apirnet.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apirnet.content.AuditEntry;
import org.apirnet.content.ContentStatus;
import org.apirnet.content.IndexedKind;
import org.apirnet.identity.MemberContacts;
import org.apirnet.platform.FileStore;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.FileDownloads;
import org.apirnet.web.NavigationItem;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.RequestValues;
import org.apirnet.web.SharedPages;
import org.apirnet.web.PageDescription;

import org.springframework.context.annotation.Bean;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing and reading the library, and downloading files: what every visitor, member and editor does. */
@Controller
class LibraryController {

    static final int RELATED = 5;

    private final LibraryService library;
    private final LibrarySearch search;
    private final LibraryBrowsePage browsePage;
    private final LibraryViews views;
    private final CurrentViewer viewer;
    private final FileStore files;
    private final MemberContacts contacts;

    LibraryController(LibraryService library, LibrarySearch search, LibraryBrowsePage browsePage, LibraryViews views,
                      CurrentViewer viewer, FileStore files, MemberContacts contacts) {
        this.contacts = contacts;
        this.library = library;
        this.search = search;
        this.browsePage = browsePage;
        this.views = views;
        this.viewer = viewer;
        this.files = files;
    }

    /** Filters arrive as plain query parameters so every state is a bookmarkable link; see {@link LibraryBrowsePage}. */
    @GetMapping("/library")
    String browse(@RequestParam(name = "theme", required = false) String theme,
                  @RequestParam(name = "country", required = false) String country,
                  @RequestParam(name = "type", required = false) String type,
                  @RequestParam(name = "language", required = false) String language,
                  @RequestParam(name = "year", required = false) String year,
                  @RequestParam(name = "q", required = false) String words,
                  @RequestParam(name = "page", required = false) String page,
                  Model model) {
        model.addAttribute("view", browsePage.show(new LibraryBrowsePage.Request(theme, country, type, language, year, words,
                RequestValues.pageIndex(page)), viewer.isMember()));
        model.addAttribute("canSubmit", viewer.isMember() && !viewer.isEditor());
        model.addAttribute("isEditor", viewer.isEditor());
        SharedPages.share();
        return "library/list";
    }

    @GetMapping("/library/{id}")
    String read(@PathVariable String id, Model model) {
        Resource resource = visibleResource(id);
        boolean editor = viewer.isEditor();
        Set<Long> people = new HashSet<>(List.of(resource.getCreatedBy(), resource.getUpdatedBy()));
        List<AuditEntry> history = editor ? library.history(resource.getId()) : List.of();
        history.forEach(event -> {
            if (event.actorId() != null) {
                people.add(event.actorId());
            }
        });
        Map<Long, String> names = editor ? library.names(people) : Map.of();
        model.addAttribute("resource", views.detail(resource, names));
        PageDescription.describe(model, resource.getSummary());
        // A member's submission credits them, as their profile's visibility allows.
        model.addAttribute("sharedBy", resource.isSubmitted() ? contacts.credit(resource.getCreatedBy(), viewer.isMember()).orElse(null) : null);
        model.addAttribute("related", views.hitCards(search.related(resource.getId(), resource.getThemeIds(),
                resource.getCountryIso2s(), RELATED, viewer.isMember())));
        model.addAttribute("isEditor", editor);
        model.addAttribute("history", history);
        model.addAttribute("names", names);
        if (viewer.accountId().filter(resource::isAuthoredBy).isEmpty()) {
            SharedPages.share(); // its author sees their own draft or submission state
        }
        return "library/detail";
    }

    /** Files are served only to people who may see their resource, as downloads unless inline display is harmless. */
    @GetMapping("/library/{id}/files/{attachmentId}")
    ResponseEntity<FileSystemResource> download(@PathVariable String id, @PathVariable String attachmentId,
                                                jakarta.servlet.http.HttpServletRequest request) throws IOException {
        Resource resource = visibleResource(id);
        ResourceAttachment attachment = RequestValues.id(attachmentId)
                .flatMap(file -> library.attachment(resource.getId(), file))
                .orElseThrow(() -> new NotFoundException("attachment"));
        Path path = files.find(attachment.getStorageKey()).orElseThrow(() -> new NotFoundException("file"));
        // A download is a whole-file GET by someone other than the people who look after the resource.
        boolean countable = "GET".equals(request.getMethod()) && request.getHeader(HttpHeaders.RANGE) == null
                && !viewer.isEditor() && viewer.accountId().filter(resource.getCreatedBy()::equals).isEmpty();
        if (countable) {
            library.countDownload(resource.getId(), attachment.getId());
        }
        return FileDownloads.of(path, attachment.getOriginalName(), attachment.getMediaType(), attachment.getSizeBytes(),
                resource.isPublic());
    }

    /**
     * The resource if this viewer may see it. Unpublished ones exist only for their author and editors (404 for
     * everyone else); a members-only one sends visitors to sign in and tells signed-in non-members they may not.
     */
    private Resource visibleResource(String id) {
        Resource resource = RequestValues.id(id).flatMap(library::find).orElseThrow(() -> new NotFoundException("resource"));
        boolean author = viewer.accountId().filter(resource::isAuthoredBy).isPresent();
        if (viewer.isEditor() || author || resource.isVisibleTo(viewer.isMember())) {
            return resource;
        }
        if (resource.getStatus() == ContentStatus.PUBLISHED) {
            throw new AccessDeniedException("members only"); // visitors are sent to sign in; others get the 403 page
        }
        throw new NotFoundException("resource");
    }



    /** Resources are in the search index as the content kind {@code resource}. */
    @Bean
    static IndexedKind resourceKind() {
        return new IndexedKind(Resource.KIND, Resource.class, "library.kind", "/library/");
    }

    @Bean
    static NavigationItem libraryNavigation() {
        return new NavigationItem("/library", "nav.library", 30);
    }
}

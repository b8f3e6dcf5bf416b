package org.apirnet.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.ResourceType;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.apirnet.platform.FileStore;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.NavigationItem;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.PageLinks;
import org.apirnet.web.RequestValues;

import org.springframework.context.annotation.Bean;
import org.springframework.core.io.FileSystemResource;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

    private final LibraryService library;
    private final LibraryViews views;
    private final Taxonomy taxonomy;
    private final CurrentViewer viewer;
    private final FileStore files;

    LibraryController(LibraryService library, LibraryViews views, Taxonomy taxonomy, CurrentViewer viewer, FileStore files) {
        this.library = library;
        this.views = views;
        this.taxonomy = taxonomy;
        this.viewer = viewer;
        this.files = files;
    }

    /**
     * Filters arrive as plain query parameters so every state is a bookmarkable link. A value that names nothing
     * is dropped with a notice rather than failing the page.
     */
    @GetMapping("/library")
    String browse(@RequestParam(name = "theme", required = false) String themeSlug,
                  @RequestParam(name = "country", required = false) String countryCode,
                  @RequestParam(name = "type", required = false) String typeSlug,
                  @RequestParam(name = "language", required = false) String language,
                  @RequestParam(name = "year", required = false) String year,
                  @RequestParam(name = "page", required = false) String page,
                  Model model) {
        List<String> ignored = new ArrayList<>();
        Optional<Theme> theme = present(themeSlug) ? taxonomy.theme(themeSlug.strip()) : Optional.empty();
        if (present(themeSlug) && theme.isEmpty()) {
            ignored.add("theme");
        }
        Optional<Country> country = present(countryCode) && countryCode.strip().matches("[A-Za-z]{2}")
                ? taxonomy.country(countryCode.strip()) : Optional.empty();
        if (present(countryCode) && country.isEmpty()) {
            ignored.add("country");
        }
        Optional<ResourceType> type = present(typeSlug)
                ? taxonomy.resourceTypes().stream().filter(t -> t.getSlug().equals(typeSlug.strip())).findFirst() : Optional.empty();
        if (present(typeSlug) && type.isEmpty()) {
            ignored.add("type");
        }
        String languageCode = present(language) && Languages.BY_CODE.containsKey(language.strip()) ? language.strip() : null;
        if (present(language) && languageCode == null) {
            ignored.add("language");
        }
        Integer yearValue = parseYear(year);
        if (present(year) && yearValue == null) {
            ignored.add("year");
        }
        LibraryService.Filters filters = new LibraryService.Filters(theme.map(Theme::getId).orElse(null),
                country.map(Country::getIso2).orElse(null), type.map(ResourceType::getId).orElse(null), languageCode, yearValue);
        Page<Resource> results = library.browse(filters, RequestValues.pageIndex(page), viewer.isMember());

        model.addAttribute("results", views.cards(results.getContent()));
        model.addAttribute("page", results);
        model.addAttribute("ignored", ignored);
        model.addAttribute("selectedTheme", theme.map(Theme::getSlug).orElse(null));
        model.addAttribute("selectedThemeName", theme.map(Theme::getName).orElse(null));
        model.addAttribute("selectedCountry", country.map(Country::getSlug).orElse(null));
        model.addAttribute("selectedCountryName", country.map(Country::getName).orElse(null));
        model.addAttribute("selectedType", type.map(ResourceType::getSlug).orElse(null));
        model.addAttribute("selectedLanguage", languageCode);
        model.addAttribute("selectedYear", yearValue);
        model.addAttribute("themes", taxonomy.themes());
        model.addAttribute("countries", taxonomy.countries());
        model.addAttribute("types", taxonomy.resourceTypes());
        model.addAttribute("languages", Languages.BY_CODE);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(1990, java.time.Year.now().getValue() + 1)
                .boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("theme", theme.map(Theme::getSlug).orElse(null));
        kept.put("country", country.map(Country::getSlug).orElse(null));
        kept.put("type", type.map(ResourceType::getSlug).orElse(null));
        kept.put("language", languageCode);
        kept.put("year", yearValue);
        model.addAttribute("pageLink", PageLinks.prefix("/library", kept));
        model.addAttribute("canSubmit", viewer.isMember() && !viewer.isEditor());
        model.addAttribute("isEditor", viewer.isEditor());
        return "library/list";
    }

    @GetMapping("/library/{id}")
    String read(@PathVariable String id, Model model) {
        Resource resource = visibleResource(id);
        boolean editor = viewer.isEditor();
        java.util.Set<Long> people = new java.util.HashSet<>(List.of(resource.getCreatedBy(), resource.getUpdatedBy()));
        List<ResourceEvent> history = editor ? library.history(resource.getId()) : List.of();
        history.forEach(event -> people.add(event.getActorId()));
        java.util.Map<Long, String> names = library.names(people);
        model.addAttribute("resource", views.detail(resource, names));
        model.addAttribute("related", views.cards(library.related(resource.getId(), viewer.isMember())));
        model.addAttribute("isEditor", editor);
        model.addAttribute("history", history);
        model.addAttribute("names", names);
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
        boolean inline = AttachmentIntake.isInlineSafe(attachment.getMediaType());
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(attachment.getOriginalName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.getMediaType()))
                .contentLength(attachment.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                // Shared caches may keep only what any visitor may see right now; drafts and members-only files stay private.
                .header(HttpHeaders.CACHE_CONTROL, resource.isVisibleTo(false) ? "public, max-age=300" : "private, no-store")
                .body(new FileSystemResource(path));
    }

    /**
     * The resource if this viewer may see it. Unpublished ones exist only for their author and editors (404 for
     * everyone else); a members-only one sends visitors to sign in and tells signed-in non-members they may not.
     */
    private Resource visibleResource(String id) {
        Resource resource = RequestValues.id(id).flatMap(library::find).orElseThrow(() -> new NotFoundException("resource"));
        boolean author = viewer.accountId().filter(resource.getCreatedBy()::equals).isPresent();
        if (viewer.isEditor() || author || resource.isVisibleTo(viewer.isMember())) {
            return resource;
        }
        if (resource.getStatus() == ContentStatus.PUBLISHED) {
            throw new AccessDeniedException("members only"); // visitors are sent to sign in; others get the 403 page
        }
        throw new NotFoundException("resource");
    }



    private static Integer parseYear(String year) {
        try {
            int value = Integer.parseInt(year == null ? "" : year.strip());
            return value >= 1900 && value <= 2100 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }


    @Bean
    static NavigationItem libraryNavigation() {
        return new NavigationItem("/library", "nav.library", 30);
    }
}

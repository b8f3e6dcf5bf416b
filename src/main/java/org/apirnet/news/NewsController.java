package org.apirnet.news;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apirnet.content.AuditEntry;
import org.apirnet.content.ContentStatus;
import org.apirnet.content.IndexedKind;
import org.apirnet.platform.AttachedFile;
import org.apirnet.platform.FileStore;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.FileDownloads;
import org.apirnet.web.NavigationItem;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.RequestValues;
import org.apirnet.web.SharedPages;
import org.apirnet.web.PageDescription;
import org.apirnet.web.SluggedAddress;

import org.springframework.context.annotation.Bean;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing news, reading an item, and its images: what every visitor, member and editor does. */
@Controller
class NewsController {

    private static final Pattern IMAGE_FILE = Pattern.compile("([a-f0-9]{40})\\.jpg");

    private final NewsBrowsePage browsePage;
    private final NewsService news;
    private final NewsViews views;
    private final CurrentViewer viewer;
    private final FileStore files;

    NewsController(NewsBrowsePage browsePage, NewsService news, NewsViews views, CurrentViewer viewer, FileStore files) {
        this.browsePage = browsePage;
        this.news = news;
        this.views = views;
        this.viewer = viewer;
        this.files = files;
    }

    /** Filters arrive as plain query parameters, so every state is a bookmarkable link. */
    @GetMapping("/news")
    String browse(@RequestParam(name = "kind", required = false) String kind,
                  @RequestParam(name = "theme", required = false) String theme,
                  @RequestParam(name = "country", required = false) String country,
                  @RequestParam(name = "year", required = false) String year,
                  @RequestParam(name = "page", required = false) String page,
                  Model model) {
        model.addAttribute("view", browsePage.show(new NewsBrowsePage.Request(kind, theme, country, year,
                RequestValues.pageIndex(page)), viewer.isMember()));
        model.addAttribute("canSubmit", viewer.isMember() && !viewer.isEditor());
        model.addAttribute("isEditor", viewer.isEditor());
        PageDescription.describeWith(model, "news.intro");
        SharedPages.share();
        return "news/list";
    }

    /**
     * One item at {@code /news/{id}-{slug}}. The id decides; a missing or outdated slug (the title changed) is
     * answered with a permanent redirect to the current address, so old links and bookmarks keep working.
     */
    @GetMapping("/news/{reference}")
    Object read(@PathVariable String reference, Model model) {
        SluggedAddress.Asked asked = SluggedAddress.parse(reference).orElseThrow(() -> new NotFoundException("news item"));
        NewsItem item = visibleItem(asked.id());
        if (!item.getSlug().equals(asked.slug())) {
            return SluggedAddress.movedTo(NewsViews.path(item.getId(), item.getSlug()));
        }
        boolean editor = viewer.isEditor();
        List<AuditEntry> history = editor ? news.history(item.getId()) : List.of();
        model.addAttribute("item", views.detail(item));
        PageDescription.describe(model, item.getSummary());
        model.addAttribute("isEditor", editor);
        model.addAttribute("mayEdit", editor || viewer.accountId().filter(item::isChangeableByAuthor).isPresent());
        model.addAttribute("history", history);
        model.addAttribute("names", editor ? news.names(history.stream().map(AuditEntry::actorId).filter(Objects::nonNull)
                .distinct().toList()) : Map.of());
        if (viewer.accountId().filter(item::isAuthoredBy).isEmpty()) {
            SharedPages.share(); // its author may edit it
        }
        return "news/detail";
    }

    /**
     * An image rendition. Its address holds its storage key, so it never changes content: cached for a year, by
     * shared caches too while any visitor may read the item, and only by the reader's browser otherwise.
     */
    @GetMapping("/news/{id}/images/{file}")
    ResponseEntity<FileSystemResource> image(@PathVariable String id, @PathVariable String file) {
        Matcher name = IMAGE_FILE.matcher(file);
        if (!name.matches()) {
            throw new NotFoundException("image");
        }
        NewsItem item = visibleItem(id);
        String key = name.group(1);
        if (!key.equals(item.getImageCardKey()) && !key.equals(item.getImageWideKey())) {
            throw new NotFoundException("image");
        }
        Path path = files.find(key).orElseThrow(() -> new NotFoundException("image file"));
        CacheControl cache = CacheControl.maxAge(Duration.ofDays(365)).immutable();
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(item.isPublic() ? cache.cachePublic() : cache.cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(path));
    }

    /**
     * The item if this viewer may see it. Unpublished ones exist only for their author and editors (404 for everyone
     * else); a members-only one sends visitors to sign in and tells signed-in non-members they may not.
     */
    private NewsItem visibleItem(String id) {
        NewsItem item = RequestValues.id(id).flatMap(news::find).orElseThrow(() -> new NotFoundException("news item"));
        boolean author = viewer.accountId().filter(item::isAuthoredBy).isPresent();
        if (viewer.isEditor() || author || item.isVisibleTo(viewer.isMember())) {
            return item;
        }
        if (item.getStatus() == ContentStatus.PUBLISHED) {
            throw new AccessDeniedException("members only");
        }
        throw new NotFoundException("news item");
    }

    /** An attached file, to whoever may read its item (a submission's files only to its author and editors). */
    @GetMapping("/news/{id}/files/{key}")
    ResponseEntity<FileSystemResource> file(@PathVariable String id, @PathVariable String key) {
        NewsItem item = visibleItem(id);
        AttachedFile attachment = item.getAttachments().stream().filter(a -> a.getStorageKey().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment"));
        Path path = files.find(attachment.getStorageKey()).orElseThrow(() -> new NotFoundException("file"));
        return FileDownloads.of(path, attachment.getOriginalName(), attachment.getMediaType(), attachment.getSizeBytes(),
                item.isPublic());
    }

    /** News items are in the search index as the content kind {@code news}; their id-only address redirects. */
    @Bean
    static IndexedKind newsKind() {
        return new IndexedKind(NewsItem.KIND, NewsItem.class, "news.kind", "/news/");
    }

    @Bean
    static NavigationItem newsNavigation() {
        return new NavigationItem("/news", "nav.news", 22);
    }
}

package org.apirnet.news;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apirnet.content.ContentStatus;
import org.apirnet.content.ContentTags;
import org.apirnet.content.ProjectDirectory;
import org.apirnet.content.Tag;
import org.apirnet.content.Visibility;
import org.apirnet.platform.RichText;
import org.apirnet.web.DisplayDates;
import org.apirnet.web.FileDownloads;

import org.springframework.stereotype.Component;

/**
 * Read models of news for templates, resolved in one pass: links with the current slug, dates written out, tags
 * resolved to names and links, images as their URLs and sizes. Templates never see an entity.
 */
@Component
class NewsViews {


    /** An image as a page shows it: width and height given, so the page does not jump when it arrives. */
    public record Image(String src, String alt, int width, int height) {
    }

    /** A news item in a list or block; {@code image} is null when it has none. */
    public record Card(long id, String href, String title, String summary, String kindKey, String date, String dateIso,
                       boolean membersOnly, List<Tag> themes, List<Tag> countries, Image image) {
    }

    /** An attached file as the item's page lists it. */
    public record File(String href, String name, String type, String size) {
    }

    /** The news item's page. */
    public record Detail(Card card, String bodyHtml, Image wideImage, List<File> files, ContentStatus status,
                         String rejectionReason, String language, String kindSlug, ProjectDirectory.Entry project) {
    }

    private final ContentTags tags;
    private final RichText richText;

    NewsViews(ContentTags tags, RichText richText) {
        this.tags = tags;
        this.richText = richText;
    }

    /** The item's address: its id, then its slug (which may change; the id never does). */
    static String path(long id, String slug) {
        return "/news/" + id + "-" + slug;
    }

    /**
     * An image rendition's address. The storage key is in it, so a replaced image gets a new address and every
     * address can be cached for good.
     */
    static String imagePath(long id, String key) {
        return "/news/" + id + "/images/" + key + ".jpg";
    }

    List<Card> cards(Collection<NewsHit> hits) {
        return hits.stream().map(this::card).toList();
    }

    Card card(NewsHit hit) {
        Image image = hit.cardKey() == null ? null
                : new Image(imagePath(hit.id(), hit.cardKey()), hit.imageAlt(), hit.cardWidth(), hit.cardHeight());
        return new Card(hit.id(), path(hit.id(), hit.slug()), hit.title(), hit.summary(), hit.kind().labelKey(),
                DisplayDates.day(hit.published()), DisplayDates.isoDay(hit.published()), hit.visibility() == Visibility.MEMBERS,
                tags.themes(hit.themes() == null ? List.of() : hit.themes()),
                tags.countries(hit.countries() == null ? List.of() : hit.countries()), image);
    }

    Detail detail(NewsItem item) {
        Instant date = item.getPublishedAt() != null ? item.getPublishedAt() : item.getCreatedAt();
        Image card = !item.hasImage() ? null : new Image(imagePath(item.getId(), item.getImageCardKey()), item.getImageAlt(),
                item.getImageCardWidth(), item.getImageCardHeight());
        Image wide = !item.hasImage() ? null : new Image(imagePath(item.getId(), item.getImageWideKey()), item.getImageAlt(),
                item.getImageWideWidth(), item.getImageWideHeight());
        Card summary = new Card(item.getId(), path(item.getId(), item.getSlug()), item.getTitle(), item.getSummary(),
                item.getKind().labelKey(), DisplayDates.day(date), DisplayDates.isoDay(date), item.getVisibility() == Visibility.MEMBERS,
                tags.themes(item.getThemeIds()), tags.countries(item.getCountryIso2s()), card);
        List<File> files = item.getAttachments().stream().map(a -> new File("/news/" + item.getId() + "/files/" + a.getStorageKey(),
                a.getOriginalName(), FileDownloads.humanType(a.getMediaType()), FileDownloads.humanSize(a.getSizeBytes()))).toList();
        return new Detail(summary, item.getBodyMarkdown() == null ? null : richText.toSafeHtml(item.getBodyMarkdown()), wide,
                files, item.getStatus(), item.getRejectionReason(), item.getLanguage(), item.getKind().slug(),
                tags.project(item.getProjectId()).orElse(null));
    }

}

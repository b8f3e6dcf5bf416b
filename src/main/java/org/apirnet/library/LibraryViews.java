package org.apirnet.library;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apirnet.platform.RichText;
import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.ResourceType;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;

import org.springframework.stereotype.Component;

/** Read models for the library's pages, with reference data resolved from the taxonomy's cached lists. */
@Component
class LibraryViews {

    /** A label with the link target of its filtered list, e.g. a theme and {@code /library?theme=wage-policy}. */
    record Tag(String name, String slug) {
    }

    /** A resource in a list. */
    record Card(long id, String title, String summary, Tag type, String languageName, Integer year, List<Tag> themes,
                List<Tag> countries, boolean membersOnly, ContentStatus status, String rejectionReason) {
    }

    record AttachmentView(long id, String name, String mediaType, String size, ResourceAttachment.TextStatus textStatus,
                          String extractionError, long downloads) {
    }

    /** Everything the resource page shows; the editor-only parts are shown only to editors by the template. */
    record Detail(Card card, String bodyHtml, String authors, String keywords, String externalUrl, LocalDate publicationDate,
                  String languageCode, List<AttachmentView> attachments, long downloads, String createdByName,
                  String updatedByName, java.time.Instant createdAt, java.time.Instant updatedAt, java.time.Instant publishedAt) {
    }

    private final Taxonomy taxonomy;
    private final RichText richText;

    LibraryViews(Taxonomy taxonomy, RichText richText) {
        this.taxonomy = taxonomy;
        this.richText = richText;
    }

    List<Card> cards(Collection<Resource> resources) {
        Map<Short, Theme> themes = taxonomy.themesById();
        Map<String, Country> countries = taxonomy.countriesByIso2();
        return resources.stream().map(resource -> card(resource, themes, countries)).toList();
    }

    Card card(Resource resource) {
        return card(resource, taxonomy.themesById(), taxonomy.countriesByIso2());
    }

    private Card card(Resource resource, Map<Short, Theme> themes, Map<String, Country> countries) {
        Tag type = typeOf(resource.getResourceTypeId()).map(t -> new Tag(t.getName(), t.getSlug())).orElse(new Tag("", ""));
        List<Tag> themeTags = themes.values().stream().filter(theme -> resource.getThemeIds().contains(theme.getId()))
                .map(theme -> new Tag(theme.getName(), theme.getSlug())).toList();
        List<Tag> countryTags = resource.getCountryIso2s().stream().map(countries::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(Country::getName)).map(c -> new Tag(c.getName(), c.getSlug())).toList();
        return new Card(resource.getId(), resource.getTitle(), resource.getSummary(), type, Languages.name(resource.getLanguage()),
                resource.getPublicationDate() == null ? null : resource.getPublicationDate().getYear(), themeTags, countryTags,
                resource.getVisibility() == Visibility.MEMBERS, resource.getStatus(), resource.getRejectionReason());
    }

    Detail detail(Resource resource, Map<Long, String> names) {
        List<AttachmentView> attachments = resource.getAttachments().stream().map(a -> new AttachmentView(a.getId(),
                a.getOriginalName(), humanType(a.getMediaType()), humanSize(a.getSizeBytes()), a.getTextStatus(), a.getExtractionError(),
                a.getDownloadCount())).toList();
        return new Detail(card(resource), richText.toSafeHtml(resource.getBodyMarkdown()), resource.getAuthors(),
                resource.getKeywords(), resource.getExternalUrl(), resource.getPublicationDate(), resource.getLanguage(),
                attachments, resource.getDownloadCount(), names.getOrDefault(resource.getCreatedBy(), "\u2013"),
                names.getOrDefault(resource.getUpdatedBy(), "\u2013"), resource.getCreatedAt(), resource.getUpdatedAt(),
                resource.getPublishedAt());
    }

    Optional<ResourceType> typeOf(Short id) {
        return taxonomy.resourceTypes().stream().filter(type -> type.getId().equals(id)).findFirst();
    }

    private static final Map<String, String> TYPE_NAMES = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/msword", "Word"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
            Map.entry("application/vnd.ms-excel", "Excel"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
            Map.entry("application/vnd.ms-powerpoint", "PowerPoint"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "OpenDocument presentation"),
            Map.entry("text/plain", "Text"),
            Map.entry("text/csv", "CSV"),
            Map.entry("image/png", "PNG image"),
            Map.entry("image/jpeg", "JPEG image"),
            Map.entry("image/gif", "GIF image"),
            Map.entry("image/webp", "WebP image"));

    /** "PDF" rather than "application/pdf": what people call the kind of file they are about to download. */
    static String humanType(String mediaType) {
        return TYPE_NAMES.getOrDefault(mediaType, mediaType);
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}

package org.apirnet.library;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apirnet.content.ContentStatus;
import org.apirnet.content.ContentTags;
import org.apirnet.content.ProjectDirectory;
import org.apirnet.content.Languages;
import org.apirnet.content.Tag;
import org.apirnet.content.Visibility;
import org.apirnet.platform.RichText;
import org.apirnet.taxonomy.ResourceType;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.web.FileDownloads;

import org.springframework.stereotype.Component;

/** Read models for the library's pages, with reference data resolved from the taxonomy's cached lists. */
@Component
class LibraryViews {

    /**
     * A resource in a list. {@code status} is its real state, so editors' lists never show a draft as public.
     */
    public record Card(long id, String title, String summary, Tag type, String languageName, Integer year, List<Tag> themes,
                       List<Tag> countries, boolean membersOnly, ContentStatus status, String rejectionReason) {

        /** What a list shows of the summary. */
        static final int EXCERPT = 280;

        public boolean isPublished() {
            return status == ContentStatus.PUBLISHED;
        }

        public String excerpt() {
            return summary.length() <= EXCERPT ? summary : summary.substring(0, EXCERPT - 1).stripTrailing() + "\u2026";
        }

        /** The countries' names joined, or null for a regional resource. */
        public String countryNames() {
            return countries.isEmpty() ? null : String.join(", ", countries.stream().map(Tag::name).toList());
        }
    }

    public record AttachmentView(long id, String name, String mediaType, String size, ResourceAttachment.TextStatus textStatus,
                          String extractionError, long downloads) {
    }

    /** Everything the resource page shows; the editor-only parts are shown only to editors by the template. */
    public record Detail(Card card, String bodyHtml, String authors, String keywords, String externalUrl, LocalDate publicationDate,
                  String languageCode, List<AttachmentView> attachments, long downloads, String createdByName,
                  String updatedByName, java.time.Instant createdAt, java.time.Instant updatedAt, java.time.Instant publishedAt,
                  ProjectDirectory.Entry project) {

        /** The language for the HTML {@code lang} attribute. */
        public String htmlLang() {
            return Languages.htmlLang(languageCode);
        }
    }

    private final Taxonomy taxonomy;
    private final ContentTags tags;
    private final RichText richText;

    LibraryViews(Taxonomy taxonomy, ContentTags tags, RichText richText) {
        this.taxonomy = taxonomy;
        this.tags = tags;
        this.richText = richText;
    }

    /** Cards of resources read from the database (editors' and submitters' own lists). */
    List<Card> cards(Collection<Resource> resources) {
        return resources.stream().map(this::card).toList();
    }

    /** Cards of resources as the search index returned them: only published ones reach index lists. */
    List<Card> hitCards(Collection<ResourceHit> hits) {
        return hits.stream().map(hit -> new Card(hit.id(), hit.title(), hit.summary(), typeTag(hit.resourceType()),
                Languages.name(hit.language()), hit.year(), tags.themes(hit.themes()), tags.countries(hit.countries()),
                hit.visibility() == Visibility.MEMBERS, ContentStatus.PUBLISHED, null)).toList();
    }

    Card card(Resource resource) {
        return new Card(resource.getId(), resource.getTitle(), resource.getSummary(), typeTag(resource.getResourceTypeId()),
                Languages.name(resource.getLanguage()), resource.getYear(), tags.themes(resource.getThemeIds()),
                tags.countries(resource.getCountryIso2s()), resource.getVisibility() == Visibility.MEMBERS, resource.getStatus(),
                resource.getRejectionReason());
    }

    private Tag typeTag(Short typeId) {
        return typeOf(typeId).map(t -> new Tag(t.getName(), t.getSlug())).orElse(new Tag("", ""));
    }

    Detail detail(Resource resource, Map<Long, String> names) {
        List<AttachmentView> attachments = resource.getAttachments().stream().map(a -> new AttachmentView(a.getId(),
                a.getOriginalName(), FileDownloads.humanType(a.getMediaType()), FileDownloads.humanSize(a.getSizeBytes()), a.getTextStatus(), a.getExtractionError(),
                a.getDownloadCount())).toList();
        return new Detail(card(resource), richText.toSafeHtml(resource.getBodyMarkdown()), resource.getAuthors(),
                resource.getKeywords(), resource.getExternalUrl(), resource.getPublicationDate(), resource.getLanguage(),
                attachments, resource.getDownloadCount(), names.getOrDefault(resource.getCreatedBy(), "\u2013"),
                names.getOrDefault(resource.getUpdatedBy(), "\u2013"), resource.getCreatedAt(), resource.getUpdatedAt(),
                resource.getPublishedAt(), tags.project(resource.getProjectId()).orElse(null));
    }

    Optional<ResourceType> typeOf(Short id) {
        return taxonomy.resourceTypes().stream().filter(type -> type.getId().equals(id)).findFirst();
    }
}

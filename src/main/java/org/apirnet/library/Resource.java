package org.apirnet.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.apirnet.content.ContentIndex;
import org.apirnet.content.ContentItem;
import org.apirnet.content.ContentStatus;
import org.apirnet.content.SubregionBridge;
import org.apirnet.content.Visibility;
import org.apirnet.platform.PlainText;
import org.apirnet.platform.RichText;
import org.apirnet.platform.SearchAnalyzers;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A library resource. Themes and countries are held by key and resolved through the taxonomy's cached lists. Its
 * search document is the shared content document ({@link ContentIndex}) plus the resource type and file text.
 */
@Entity
@Table(name = "resource")
@Indexed(index = Resource.KIND)
class Resource extends ContentItem {

    static final String KIND = "resource";

    /** The fields an editor or submitter fills in, as one value. */
    record Content(String title, String summary, String bodyMarkdown, short resourceTypeId, String language,
                   LocalDate publicationDate, String authors, String keywords, String externalUrl, Visibility visibility,
                   Set<Short> themeIds, Set<String> countryIso2s, Long projectId) {

        Content {
            title = PlainText.withoutBidiControls(title);
        }
    }

    private String bodyMarkdown;

    @GenericField(name = ContentIndex.RESOURCE_TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Short resourceTypeId;

    private LocalDate publicationDate;

    private String authors;

    private String keywords;

    private String externalUrl;
    private long downloadCount;

    /** The ILO project the resource belongs to, if any: its id only (projects are another module's), indexed for its page. */
    @GenericField(name = ContentIndex.PROJECT)
    private Long projectId;

    /** Came in as a member's submission (rather than an editor's own work): what /account lists. */
    private boolean submitted;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_theme", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "theme_id")
    @GenericField(name = ContentIndex.THEMES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<Short> themeIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_country", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "country_iso2", columnDefinition = "bpchar(2)")
    @KeywordField(name = ContentIndex.COUNTRIES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @KeywordField(name = ContentIndex.SUBREGIONS, aggregable = Aggregable.YES,
            valueBridge = @ValueBridgeRef(type = SubregionBridge.class))
    private Set<String> countryIso2s = new HashSet<>();

    @OneToMany(mappedBy = "resource", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ResourceAttachment> attachments = new ArrayList<>();

    /** The text of the files, read only when the search document is built (never for pages). */
    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_id", insertable = false, updatable = false)
    @Immutable
    private List<AttachmentText> attachmentTexts = new ArrayList<>();

    protected Resource() {
    }

    Resource(Content content, ContentStatus status, long authorId) {
        super(status, authorId);
        apply(content, authorId);
        submitted = status == ContentStatus.PENDING;
    }

    @Override
    public String getContentKind() {
        return KIND;
    }

    void apply(Content content, long editorId) {
        describe(content.title(), content.summary(), content.language(), content.visibility(), editorId);
        bodyMarkdown = content.bodyMarkdown();
        resourceTypeId = content.resourceTypeId();
        publicationDate = content.publicationDate();
        authors = content.authors();
        keywords = content.keywords();
        externalUrl = content.externalUrl();
        themeIds.clear();
        themeIds.addAll(content.themeIds());
        countryIso2s.clear();
        countryIso2s.addAll(content.countryIso2s());
        projectId = content.projectId();
    }

    void attach(ResourceAttachment attachment) {
        attachments.add(attachment);
    }

    /** Detaches an attachment; its file is deleted by the caller after commit. */
    ResourceAttachment detach(long attachmentId) {
        ResourceAttachment found = attachments.stream().filter(a -> a.getId() == attachmentId).findFirst().orElse(null);
        if (found != null) {
            attachments.remove(found);
        }
        return found;
    }

    /** The year a resource is filed under: its publication date's. */
    @GenericField(name = ContentIndex.YEAR, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publicationDate")))
    public Integer getYear() {
        return publicationDate == null ? null : publicationDate.getYear();
    }

    /**
     * What a reader may search a resource by besides its title: summary, body, authors, keywords and the extracted
     * text of every file, as one field ({@link ContentIndex#TEXT}). File text arrives after the upload has committed,
     * written without the entity, so the extractor asks for the document to be rebuilt (see {@link ResourceIndexing});
     * the other parts are tracked.
     */
    // Term vectors with offsets let the fast vector highlighter build a hit's passage around its matches, without
    // analysing or scanning the whole text again (measured at 100,000 resources: re-analysis was most of the time of
    // a search that matches few items).
    @FullTextField(name = ContentIndex.TEXT, analyzer = SearchAnalyzers.TEXT, highlightable = Highlightable.FAST_VECTOR,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
            @ObjectPath(@PropertyValue(propertyName = "bodyMarkdown")), @ObjectPath(@PropertyValue(propertyName = "authors")),
            @ObjectPath(@PropertyValue(propertyName = "keywords"))})
    public List<String> getSearchText() {
        List<String> text = new ArrayList<>();
        for (String part : new String[] {getSummary(), RichText.toPlainText(bodyMarkdown), authors, keywords}) {
            if (part != null && !part.isBlank()) {
                text.add(ContentIndex.indexable(part));
            }
        }
        attachmentTexts.stream().map(AttachmentText::getText).filter(t -> t != null && !t.isBlank()).map(ContentIndex::indexable)
                .forEach(text::add);
        return text;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public Short getResourceTypeId() {
        return resourceTypeId;
    }

    public LocalDate getPublicationDate() {
        return publicationDate;
    }

    public String getAuthors() {
        return authors;
    }

    public String getKeywords() {
        return keywords;
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public long getDownloadCount() {
        return downloadCount;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Set<Short> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    public Set<String> getCountryIso2s() {
        return Set.copyOf(countryIso2s);
    }

    public List<ResourceAttachment> getAttachments() {
        return List.copyOf(attachments);
    }
}

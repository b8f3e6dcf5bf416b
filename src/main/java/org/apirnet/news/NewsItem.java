package org.apirnet.news;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.apirnet.content.ContentIndex;
import org.apirnet.content.ContentItem;
import org.apirnet.content.ContentStatus;
import org.apirnet.content.SubregionBridge;
import org.apirnet.content.Visibility;
import org.apirnet.platform.AttachedFile;
import org.apirnet.platform.AttachmentIntake;
import org.apirnet.platform.PlainText;
import org.apirnet.platform.RichText;
import org.apirnet.platform.SearchAnalyzers;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
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
 * A news item. Its search document is the shared content document ({@link ContentIndex}) plus its kind, its slug and
 * its card image, so that every list and block links to it and shows its picture without SQL.
 */
@Entity
@Table(name = "news_item")
@Indexed(index = NewsItem.KIND)
class NewsItem extends ContentItem {

    static final String KIND = "news";
    /** Index fields only news has. */
    static final String NEWS_KIND = "news_kind";
    static final String SLUG = "news_slug";
    static final String CARD_KEY = "news_card_key";
    static final String CARD_WIDTH = "news_card_width";
    static final String CARD_HEIGHT = "news_card_height";
    static final String IMAGE_ALT = "news_image_alt";
    /** A slug is at most this long: enough to read, short enough to share. */
    static final int SLUG_LENGTH = 80;

    /** The fields an editor or submitter fills in, as one value, already checked. */
    record Content(String title, String summary, String bodyMarkdown, NewsKind kind, String language,
                   Visibility visibility, Set<Short> themeIds, Set<String> countryIso2s, Long projectId) {

        Content {
            title = PlainText.withoutBidiControls(title);
        }
    }

    private String slug;
    private String bodyMarkdown;

    @Enumerated(EnumType.STRING)
    @Column(name = "news_kind")
    @KeywordField(name = NEWS_KIND, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private NewsKind kind;

    /** The ILO project the item belongs to, if any: its id only (projects are another module's), indexed for its page. */
    @GenericField(name = ContentIndex.PROJECT)
    private Long projectId;

    @KeywordField(name = IMAGE_ALT, projectable = Projectable.YES, searchable = Searchable.NO)
    private String imageAlt;
    @KeywordField(name = CARD_KEY, projectable = Projectable.YES, searchable = Searchable.NO)
    private String imageCardKey;
    @GenericField(name = CARD_WIDTH, projectable = Projectable.YES, searchable = Searchable.NO)
    private Integer imageCardWidth;
    @GenericField(name = CARD_HEIGHT, projectable = Projectable.YES, searchable = Searchable.NO)
    private Integer imageCardHeight;
    private String imageWideKey;
    private Integer imageWideWidth;
    private Integer imageWideHeight;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_item_theme", joinColumns = @JoinColumn(name = "news_item_id"))
    @Column(name = "theme_id")
    @GenericField(name = ContentIndex.THEMES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<Short> themeIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_item_country", joinColumns = @JoinColumn(name = "news_item_id"))
    @Column(name = "country_iso2", columnDefinition = "bpchar(2)")
    @KeywordField(name = ContentIndex.COUNTRIES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @KeywordField(name = ContentIndex.SUBREGIONS, aggregable = Aggregable.YES,
            valueBridge = @ValueBridgeRef(type = SubregionBridge.class))
    private Set<String> countryIso2s = new HashSet<>();

    /** Loaded only for an item's own page and form (lists never need them). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "news_item_attachment", joinColumns = @JoinColumn(name = "news_item_id"))
    @OrderBy("uploadedAt")
    private List<AttachedFile> attachments = new ArrayList<>();

    protected NewsItem() {
    }

    NewsItem(Content content, ContentStatus status, long authorId) {
        super(status, authorId);
        revise(content, authorId);
    }

    @Override
    public String getContentKind() {
        return KIND;
    }

    /** New fields; the slug follows the title (links with the old slug redirect to the new one). */
    void revise(Content content, long editorId) {
        describe(content.title(), content.summary(), content.language(), content.visibility(), editorId);
        slug = slugOf(content.title());
        bodyMarkdown = content.bodyMarkdown();
        kind = content.kind();
        themeIds.clear();
        themeIds.addAll(content.themeIds());
        countryIso2s.clear();
        countryIso2s.addAll(content.countryIso2s());
        projectId = content.projectId();
    }

    /** Whether this account wrote the item and may still change it: until an editor publishes it. */
    boolean isChangeableByAuthor(long accountId) {
        return isAuthoredBy(accountId) && (getStatus() == ContentStatus.PENDING || getStatus() == ContentStatus.REJECTED
                || getStatus() == ContentStatus.DRAFT);
    }

    /** The title as a URL part; a title with no Latin letters (Thai, Khmer, Chinese…) is called "news". */
    static String slugOf(String title) {
        return PlainText.slugOf(title, SLUG_LENGTH).orElse("news");
    }

    /** Sets (or, with null, removes) the image; returns the storage keys of the renditions it replaces. */
    List<String> showImage(NewsImages.Stored image, String alt) {
        List<String> replaced = new ArrayList<>();
        if (imageCardKey != null) {
            replaced.add(imageCardKey);
            replaced.add(imageWideKey);
        }
        imageAlt = image == null ? null : alt;
        imageCardKey = image == null ? null : image.card().key();
        imageCardWidth = image == null ? null : image.card().width();
        imageCardHeight = image == null ? null : image.card().height();
        imageWideKey = image == null ? null : image.wide().key();
        imageWideWidth = image == null ? null : image.wide().width();
        imageWideHeight = image == null ? null : image.wide().height();
        return replaced;
    }

    void attach(List<AttachmentIntake.Accepted> files) {
        files.forEach(file -> attachments.add(new AttachedFile(file, Instant.now())));
    }

    /** Takes away the attachments with these storage keys; returns the keys it took away (their files go after commit). */
    List<String> detach(Collection<String> storageKeys) {
        List<String> removed = new ArrayList<>();
        attachments.removeIf(attachment -> {
            boolean remove = storageKeys.contains(attachment.getStorageKey());
            if (remove) {
                removed.add(attachment.getStorageKey());
            }
            return remove;
        });
        return removed;
    }

    List<AttachedFile> getAttachments() {
        return List.copyOf(attachments);
    }

    /** Only the alt text changes (the image stays). */
    void describeImage(String alt) {
        if (imageCardKey != null) {
            imageAlt = alt;
        }
    }

    /** The year the item was published in (UTC), the shared year facet; drafts and submissions count by creation. */
    @GenericField(name = ContentIndex.YEAR, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "publishedAt")),
            @ObjectPath(@PropertyValue(propertyName = "createdAt"))})
    public Integer getYear() {
        Instant at = getPublishedAt() != null ? getPublishedAt() : getCreatedAt();
        return at == null ? null : at.atZone(ZoneOffset.UTC).getYear();
    }

    /** The slug as the index keeps it, for links from lists. */
    @KeywordField(name = SLUG, projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
    public String getIndexedSlug() {
        return slug;
    }

    /** What a reader may search news by besides its title, as the one shared text field. */
    @FullTextField(name = ContentIndex.TEXT, analyzer = SearchAnalyzers.TEXT, highlightable = Highlightable.FAST_VECTOR,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
            @ObjectPath(@PropertyValue(propertyName = "bodyMarkdown"))})
    public List<String> getSearchText() {
        List<String> text = new ArrayList<>();
        for (String part : new String[] {getSummary(), RichText.toPlainText(bodyMarkdown)}) {
            if (part != null && !part.isBlank()) {
                text.add(ContentIndex.indexable(part));
            }
        }
        return text;
    }

    String getSlug() {
        return slug;
    }

    String getBodyMarkdown() {
        return bodyMarkdown;
    }

    Long getProjectId() {
        return projectId;
    }

    NewsKind getKind() {
        return kind;
    }

    boolean hasImage() {
        return imageCardKey != null;
    }

    String getImageAlt() {
        return imageAlt;
    }

    String getImageCardKey() {
        return imageCardKey;
    }

    Integer getImageCardWidth() {
        return imageCardWidth;
    }

    Integer getImageCardHeight() {
        return imageCardHeight;
    }

    String getImageWideKey() {
        return imageWideKey;
    }

    Integer getImageWideWidth() {
        return imageWideWidth;
    }

    Integer getImageWideHeight() {
        return imageWideHeight;
    }

    Set<Short> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    Set<String> getCountryIso2s() {
        return Set.copyOf(countryIso2s);
    }
}

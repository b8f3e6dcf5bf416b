package org.apirnet.blog;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import jakarta.persistence.Table;
import org.apirnet.content.ContentIndex;
import org.apirnet.content.ContentItem;
import org.apirnet.content.ContentStatus;
import org.apirnet.content.SubregionBridge;
import org.apirnet.content.Visibility;
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
 * A blog post. Its search document is the shared content document ({@link ContentIndex}) plus its kind, slug and
 * author, so lists and blocks link to it without SQL.
 */
@Entity
@Table(name = "blog_post")
@Indexed(index = BlogPost.KIND)
class BlogPost extends ContentItem {

    static final String KIND = "blog";
    static final String BLOG_KIND = "blog_kind";
    static final String SLUG = "blog_slug";
    static final String AUTHOR = "blog_author";
    static final int SLUG_LENGTH = 80;

    /** The fields a writer fills in, already checked. */
    record Content(String title, String summary, String bodyMarkdown, BlogKind kind, String language,
                   Visibility visibility, Set<Short> themeIds, Set<String> countryIso2s, String discussionPath) {

        Content {
            title = PlainText.withoutBidiControls(title);
        }
    }

    private String slug;
    private String bodyMarkdown;
    /** A reflection's discussion, as its page's path ({@code /discussions/12}): the forum is another module's. */
    private String discussionPath;

    @Enumerated(EnumType.STRING)
    @Column(name = "blog_kind")
    @KeywordField(name = BLOG_KIND, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private BlogKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "blog_post_theme", joinColumns = @JoinColumn(name = "blog_post_id"))
    @Column(name = "theme_id")
    @GenericField(name = ContentIndex.THEMES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<Short> themeIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "blog_post_country", joinColumns = @JoinColumn(name = "blog_post_id"))
    @Column(name = "country_iso2", columnDefinition = "bpchar(2)")
    @KeywordField(name = ContentIndex.COUNTRIES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @KeywordField(name = ContentIndex.SUBREGIONS, aggregable = Aggregable.YES,
            valueBridge = @ValueBridgeRef(type = SubregionBridge.class))
    private Set<String> countryIso2s = new HashSet<>();

    protected BlogPost() {
    }

    BlogPost(Content content, long authorId) {
        super(ContentStatus.PUBLISHED, authorId);
        revise(content, authorId);
    }

    @Override
    public String getContentKind() {
        return KIND;
    }

    void revise(Content content, long editorId) {
        describe(content.title(), content.summary(), content.language(), content.visibility(), editorId);
        slug = slugOf(content.title());
        bodyMarkdown = content.bodyMarkdown();
        kind = content.kind();
        discussionPath = content.discussionPath();
        themeIds.clear();
        themeIds.addAll(content.themeIds());
        countryIso2s.clear();
        countryIso2s.addAll(content.countryIso2s());
    }

    /** A title with no Latin letters is called "post". */
    static String slugOf(String title) {
        return PlainText.slugOf(title, SLUG_LENGTH).orElse("post");
    }

    @GenericField(name = ContentIndex.YEAR, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "publishedAt")),
            @ObjectPath(@PropertyValue(propertyName = "createdAt"))})
    public Integer getYear() {
        Instant at = getPublishedAt() != null ? getPublishedAt() : getCreatedAt();
        return at == null ? null : at.atZone(ZoneOffset.UTC).getYear();
    }

    @KeywordField(name = SLUG, projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
    public String getIndexedSlug() {
        return slug;
    }

    /** The author's id, projectable, so a list names authors with one query for the whole page. */
    @GenericField(name = AUTHOR, projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "createdBy")))
    public Long getIndexedAuthor() {
        return getCreatedBy();
    }

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

    String getDiscussionPath() {
        return discussionPath;
    }

    BlogKind getKind() {
        return kind;
    }

    Set<Short> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    Set<String> getCountryIso2s() {
        return Set.copyOf(countryIso2s);
    }
}

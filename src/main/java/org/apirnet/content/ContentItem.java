package org.apirnet.content;

import java.time.Instant;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.apirnet.platform.SearchAnalyzers;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * What every kind of content is: a title and summary in a language, a visibility, a status that moves only along
 * {@link ContentStatus#allowedNext()}, its author and who touched it last, and when. Kinds extend it with their own
 * fields and their theme and country tags, and map those to the shared index fields of {@link ContentIndex}.
 * <p>
 * The fields mapped here are the common part of every kind's search document, so search, listings and facets treat
 * all kinds alike.
 */
@MappedSuperclass
public abstract class ContentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = ContentIndex.ID, sortable = Sortable.YES)
    private Long id;

    @FullTextField(name = ContentIndex.TITLE, analyzer = SearchAnalyzers.TEXT, projectable = Projectable.YES)
    @FullTextField(name = ContentIndex.TITLE_PREFIXES, analyzer = SearchAnalyzers.PREFIXES, searchAnalyzer = SearchAnalyzers.WORDS)
    @KeywordField(name = ContentIndex.TITLE_SORT, normalizer = SearchAnalyzers.SORT_NORMALIZER, sortable = Sortable.YES)
    private String title;

    @GenericField(name = ContentIndex.SUMMARY, projectable = Projectable.YES, searchable = Searchable.NO)
    private String summary;

    @KeywordField(name = ContentIndex.LANGUAGE, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String language;

    @Enumerated(EnumType.STRING)
    @KeywordField(name = ContentIndex.VISIBILITY, projectable = Projectable.YES)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    @KeywordField(name = ContentIndex.STATUS, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private ContentStatus status;

    private String rejectionReason;

    @GenericField(name = ContentIndex.AUTHOR)
    private Long createdBy;
    private Instant createdAt;
    private Long updatedBy;

    @GenericField(name = ContentIndex.UPDATED, sortable = Sortable.YES)
    private Instant updatedAt;

    @GenericField(name = ContentIndex.PUBLISHED, sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant publishedAt;

    @Version
    private long version;

    protected ContentItem() {
    }

    /** A new item in its first status, written by {@code authorId}. */
    protected ContentItem(ContentStatus status, long authorId) {
        this.createdBy = authorId;
        this.createdAt = Instant.now();
        this.status = status;
        if (status == ContentStatus.PUBLISHED) {
            publishedAt = createdAt;
        }
    }

    /** The kind's key in the index and in URLs of search results, e.g. {@code resource}; constant per kind. */
    @KeywordField(name = ContentIndex.KIND, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public abstract String getContentKind();

    /**
     * The words of title and summary, whole, in the vocabulary of spelling corrections for visitors: only while the
     * item is visible to them, so whether a word is known never depends on what they may not read.
     */
    @FullTextField(name = ContentIndex.SPELLING_PUBLIC, analyzer = SearchAnalyzers.WORDS)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "summary")), @ObjectPath(@PropertyValue(propertyName = "status")),
            @ObjectPath(@PropertyValue(propertyName = "visibility"))})
    public String getPublicSpellingText() {
        return isVisibleTo(false) ? spellingText() : null;
    }

    /** The same for members: the words of every item members may read. */
    @FullTextField(name = ContentIndex.SPELLING_MEMBERS, analyzer = SearchAnalyzers.WORDS)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "summary")), @ObjectPath(@PropertyValue(propertyName = "status")),
            @ObjectPath(@PropertyValue(propertyName = "visibility"))})
    public String getMembersSpellingText() {
        return isVisibleTo(true) ? spellingText() : null;
    }

    private String spellingText() {
        return summary == null ? title : title + "\n" + summary;
    }

    /** Sets the fields every kind shares, as an author or editor wrote them. */
    protected void describe(String title, String summary, String language, Visibility visibility, long editorId) {
        this.title = title;
        this.summary = summary;
        this.language = language;
        this.visibility = visibility;
        touch(editorId);
    }

    /** Publishes (or approves) the item; false when its status does not allow it, which leaves it unchanged. */
    public boolean publish(long editorId) {
        if (!status.canMoveTo(ContentStatus.PUBLISHED)) {
            return false;
        }
        status = ContentStatus.PUBLISHED;
        rejectionReason = null;
        if (publishedAt == null) {
            publishedAt = Instant.now();
        }
        touch(editorId);
        return true;
    }

    /**
     * Submits the item for review: a draft, or a rejected submission its author changed; false when its status does
     * not allow it, which leaves it unchanged. The earlier rejection's reason stays in the audit trail.
     */
    public boolean submit(long authorId) {
        if (!status.canMoveTo(ContentStatus.PENDING)) {
            return false;
        }
        status = ContentStatus.PENDING;
        rejectionReason = null;
        touch(authorId);
        return true;
    }

    /** Rejects what is pending, with the reason its author is told; false when nothing is pending. */
    public boolean reject(long reviewerId, String reason) {
        if (status != ContentStatus.PENDING) {
            return false;
        }
        status = ContentStatus.REJECTED;
        rejectionReason = reason;
        touch(reviewerId);
        return true;
    }

    public boolean archive(long editorId) {
        if (!status.canMoveTo(ContentStatus.ARCHIVED)) {
            return false;
        }
        status = ContentStatus.ARCHIVED;
        touch(editorId);
        return true;
    }

    protected void touch(long editorId) {
        updatedBy = editorId;
        updatedAt = Instant.now();
    }

    /** Visible to everyone allowed to see published content of this visibility. */
    public boolean isVisibleTo(boolean viewerIsMember) {
        return status == ContentStatus.PUBLISHED && Visibility.visibleTo(viewerIsMember).contains(visibility);
    }

    /** Visible right now to anyone at all, signed in or not: what shared caches may keep. */
    public boolean isPublic() {
        return isVisibleTo(false);
    }

    public boolean isAuthoredBy(long accountId) {
        return createdBy != null && createdBy == accountId;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getLanguage() {
        return language;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}

package org.apirnet.library;

import java.time.Instant;
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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A library resource. Themes and countries are held by key and resolved through the taxonomy's cached lists. */
@Entity
@Table(name = "resource")
class Resource {

    /** The fields an editor or submitter fills in, as one value. */
    record Content(String title, String summary, String bodyMarkdown, short resourceTypeId, String language,
                   LocalDate publicationDate, String authors, String keywords, String externalUrl, Visibility visibility,
                   Set<Short> themeIds, Set<String> countryIso2s) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String summary;
    private String bodyMarkdown;
    private Short resourceTypeId;
    private String language;
    private LocalDate publicationDate;
    private String authors;
    private String keywords;
    private String externalUrl;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    private ContentStatus status;

    private String rejectionReason;
    private Long createdBy;
    private Instant createdAt;
    private Long updatedBy;
    private Instant updatedAt;
    private Instant publishedAt;
    private long downloadCount;

    /** Came in as a member's submission (rather than an editor's own work): what /account lists. */
    private boolean submitted;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_theme", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "theme_id")
    private Set<Short> themeIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_country", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "country_iso2", columnDefinition = "bpchar(2)")
    private Set<String> countryIso2s = new HashSet<>();

    @OneToMany(mappedBy = "resource", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ResourceAttachment> attachments = new ArrayList<>();

    protected Resource() {
    }

    Resource(Content content, ContentStatus status, long authorId) {
        this.createdBy = authorId;
        this.createdAt = Instant.now();
        this.status = status;
        apply(content, authorId);
        if (status == ContentStatus.PUBLISHED) {
            publishedAt = createdAt;
        }
        submitted = status == ContentStatus.PENDING;
    }

    void apply(Content content, long editorId) {
        title = content.title();
        summary = content.summary();
        bodyMarkdown = content.bodyMarkdown();
        resourceTypeId = content.resourceTypeId();
        language = content.language();
        publicationDate = content.publicationDate();
        authors = content.authors();
        keywords = content.keywords();
        externalUrl = content.externalUrl();
        visibility = content.visibility();
        themeIds.clear();
        themeIds.addAll(content.themeIds());
        countryIso2s.clear();
        countryIso2s.addAll(content.countryIso2s());
        touch(editorId);
    }

    Content content() {
        return new Content(title, summary, bodyMarkdown, resourceTypeId, language, publicationDate, authors, keywords,
                externalUrl, visibility, Set.copyOf(themeIds), Set.copyOf(countryIso2s));
    }

    void publish(long editorId) {
        status = ContentStatus.PUBLISHED;
        rejectionReason = null;
        if (publishedAt == null) {
            publishedAt = Instant.now();
        }
        touch(editorId);
    }

    void reject(long editorId, String reason) {
        status = ContentStatus.REJECTED;
        rejectionReason = reason;
        touch(editorId);
    }

    void archive(long editorId) {
        status = ContentStatus.ARCHIVED;
        touch(editorId);
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

    private void touch(long editorId) {
        updatedBy = editorId;
        updatedAt = Instant.now();
    }

    /** Visible to everyone allowed to see published content of this visibility. */
    boolean isVisibleTo(boolean viewerIsMember) {
        return status == ContentStatus.PUBLISHED && (visibility == Visibility.PUBLIC || viewerIsMember);
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

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public Short getResourceTypeId() {
        return resourceTypeId;
    }

    public String getLanguage() {
        return language;
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

    public long getDownloadCount() {
        return downloadCount;
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

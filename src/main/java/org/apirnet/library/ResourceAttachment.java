package org.apirnet.library;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.apirnet.platform.AttachmentIntake;

/** A file attached to a resource: stored on disk under a random key; here its name, type, size, checksum and text. */
@Entity
@Table(name = "resource_attachment")
class ResourceAttachment {

    enum TextStatus { PENDING, EXTRACTED, EMPTY, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_id")
    private Resource resource;

    private String storageKey;
    private String originalName;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    private TextStatus textStatus;

    /** The extracted text itself (up to millions of characters) is not mapped: pages never need it, search reads it by query. */
    private String extractionError;
    private long downloadCount;

    protected ResourceAttachment() {
    }

    ResourceAttachment(Resource resource, AttachmentIntake.Accepted file) {
        this.resource = resource;
        this.storageKey = file.stored().key();
        this.originalName = file.originalName();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.stored().size();
        this.sha256 = file.stored().sha256();
        this.uploadedAt = Instant.now();
        this.textStatus = TextStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    Resource getResource() {
        return resource;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public TextStatus getTextStatus() {
        return textStatus;
    }

    public String getExtractionError() {
        return extractionError;
    }

    public long getDownloadCount() {
        return downloadCount;
    }
}

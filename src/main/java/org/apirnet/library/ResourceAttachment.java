package org.apirnet.library;

import java.time.Instant;

import jakarta.persistence.Embedded;
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
import org.apirnet.platform.AttachedFile;
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

    /** The file itself, in the shape every module's attached files share. */
    @Embedded
    private AttachedFile file;

    @Enumerated(EnumType.STRING)
    private TextStatus textStatus;

    /** The extracted text itself (up to millions of characters) is not mapped: pages never need it, search reads it by query. */
    private String extractionError;
    private long downloadCount;

    protected ResourceAttachment() {
    }

    ResourceAttachment(Resource resource, AttachmentIntake.Accepted file) {
        this.resource = resource;
        this.file = new AttachedFile(file, Instant.now());
        this.textStatus = TextStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    Resource getResource() {
        return resource;
    }

    public String getStorageKey() {
        return file.getStorageKey();
    }

    public String getOriginalName() {
        return file.getOriginalName();
    }

    public String getMediaType() {
        return file.getMediaType();
    }

    public long getSizeBytes() {
        return file.getSizeBytes();
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

package org.apirnet.platform;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/**
 * A file attached to a row of some module (a news item, a discussion reply): on disk in the {@link FileStore} under
 * its storage key, here its name as uploaded, detected type, size and checksum. One shape for every module that
 * attaches files through {@link AttachmentIntake}; each maps it to its own table and columns.
 */
@Embeddable
public class AttachedFile {

    private String storageKey;
    private String originalName;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private Instant uploadedAt;

    protected AttachedFile() {
    }

    public AttachedFile(AttachmentIntake.Accepted file, Instant now) {
        this.storageKey = file.stored().key();
        this.originalName = file.originalName();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.stored().size();
        this.sha256 = file.stored().sha256();
        this.uploadedAt = now;
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

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}

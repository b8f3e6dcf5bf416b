package org.apirnet.news;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import org.apirnet.platform.AttachmentIntake;

/** A file attached to a news item: on disk under its storage key; here its name, type, size and checksum. */
@Embeddable
class NewsAttachment {

    private String storageKey;
    private String originalName;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private Instant uploadedAt;

    protected NewsAttachment() {
    }

    NewsAttachment(AttachmentIntake.Accepted file) {
        this.storageKey = file.stored().key();
        this.originalName = file.originalName();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.stored().size();
        this.sha256 = file.stored().sha256();
        this.uploadedAt = Instant.now();
    }

    String getStorageKey() {
        return storageKey;
    }

    String getOriginalName() {
        return originalName;
    }

    String getMediaType() {
        return mediaType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }
}

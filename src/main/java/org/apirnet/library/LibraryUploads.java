package org.apirnet.library;

import java.time.Instant;

import org.apirnet.platform.MemberUploadQuota;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What an account uploaded to the library: the files of the resources it created, counted in the portal's daily quota. */
@Component
class LibraryUploads implements MemberUploadQuota.Uploads {

    private final ResourceAttachmentRepository attachments;

    LibraryUploads(ResourceAttachmentRepository attachments) {
        this.attachments = attachments;
    }

    @Override
    @Transactional(readOnly = true)
    public MemberUploadQuota.Used uploadedSince(long accountId, Instant since) {
        ResourceAttachmentRepository.UploadsUsed used = attachments.uploadedSince(accountId, since);
        return new MemberUploadQuota.Used(used.getFiles(), used.getBytes());
    }
}

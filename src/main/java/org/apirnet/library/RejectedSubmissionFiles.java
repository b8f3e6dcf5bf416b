package org.apirnet.library;

import java.time.Clock;
import java.util.List;

import org.apirnet.content.AuditTrail;
import org.apirnet.platform.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rejected submission keeps its files for a while (its author can see what was refused), then loses them: a
 * member must not be able to use rejected submissions as free storage with a download link. The record, its reason
 * and its history stay.
 */
@Component
class RejectedSubmissionFiles {

    private static final Logger log = LoggerFactory.getLogger(RejectedSubmissionFiles.class);

    private final ResourceAttachmentRepository attachments;
    private final FileStore files;
    private final AuditTrail audit;
    private final LibraryProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RejectedSubmissionFiles(ResourceAttachmentRepository attachments, FileStore files, AuditTrail audit,
                            LibraryProperties properties, TransactionTemplate transaction, Clock clock) {
        this.attachments = attachments;
        this.files = files;
        this.audit = audit;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT15M")
    int removeExpired() {
        List<Long> expired = attachments.findRejectedWithFilesBefore(clock.instant().minus(properties.rejectedFilesKept()));
        int removed = 0;
        for (Long resourceId : expired) {
            List<String> keys = transaction.execute(status -> {
                List<String> storageKeys = attachments.findStorageKeysOf(resourceId);
                attachments.deleteAllOf(resourceId);
                audit.record(LibraryService.AUDIT_KIND, resourceId, null, "FILES_REMOVED",
                        storageKeys.size() + " file(s) of the rejected submission removed after " + properties.rejectedFilesKept().toDays() + " days");
                return storageKeys;
            });
            keys.forEach(files::delete); // after the commit: a rollback leaves rows and files as they were
            removed += keys.size();
        }
        if (removed > 0) {
            log.info("Removed {} file(s) of {} rejected submission(s)", removed, expired.size());
        }
        return removed;
    }
}

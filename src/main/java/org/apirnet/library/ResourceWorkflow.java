package org.apirnet.library;

import org.apirnet.content.ContentStatus;
import java.util.Collection;
import java.util.List;

import org.apirnet.platform.AttachmentIntake;
import org.apirnet.platform.FileStore;
import org.apirnet.platform.MemberUploadQuota;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Saving a resource together with its files, all or nothing: files are accepted (stored and judged) before the
 * transaction, deleted again if any of them is refused or the transaction fails (unless its commit landed after all), and handed to text extraction only
 * once everything is committed. Files of removed attachments are deleted after the commit that removed them.
 */
@Component
class ResourceWorkflow {

    private final LibraryService library;
    private final AttachmentIntake intake;
    private final TextExtractor extractor;
    private final FileStore files;
    private final LibraryProperties properties;
    private final LibraryFileReferences references;
    private final MemberUploadQuota quota;

    ResourceWorkflow(LibraryService library, AttachmentIntake intake, TextExtractor extractor, FileStore files,
                     LibraryProperties properties, LibraryFileReferences references, MemberUploadQuota quota) {
        this.references = references;
        this.quota = quota;
        this.library = library;
        this.intake = intake;
        this.extractor = extractor;
        this.files = files;
        this.properties = properties;
    }

    /** The uploads that carry a file (browsers send an empty part for an empty file input). */
    static List<MultipartFile> chosen(List<MultipartFile> uploads) {
        return AttachmentIntake.chosen(uploads);
    }

    /**
     * Whether these uploads fit the member's daily quota (shared with the portal's other uploads); if not, says so on
     * the form.
     */
    boolean withinDailyQuota(long accountId, List<MultipartFile> uploads, Errors errors) {
        return quota.check(accountId, uploads).map(exceeded -> {
            errors.reject("library.files.quota", exceeded.arguments(), null);
            return false;
        }).orElse(true);
    }

    /** Accepts every chosen file or none, within the library's limits; a refusal is reported on the form. */
    List<AttachmentIntake.Accepted> accept(List<MultipartFile> uploads, Errors errors) {
        return intake.acceptAll(uploads, properties.maxAttachmentsPerUpload(), properties.maxAttachmentSize().toBytes(), errors);
    }

    long create(Resource.Content content, List<AttachmentIntake.Accepted> accepted, ContentStatus status, long actorId) {
        long id;
        try {
            id = library.create(content, accepted, status, actorId);
        } catch (RuntimeException e) {
            discardUnlessCommitted(accepted);
            throw e;
        }
        extractText(id, accepted);
        return id;
    }

    void update(long id, Resource.Content content, List<AttachmentIntake.Accepted> accepted, Collection<Long> removeIds, long actorId) {
        List<String> removedKeys;
        try {
            removedKeys = library.update(id, content, accepted, removeIds, actorId);
        } catch (RuntimeException e) {
            discardUnlessCommitted(accepted);
            throw e;
        }
        removedKeys.forEach(files::delete);
        extractText(id, accepted);
    }

    void discard(List<AttachmentIntake.Accepted> accepted) {
        intake.discard(accepted);
    }

    private void discardUnlessCommitted(List<AttachmentIntake.Accepted> accepted) {
        files.discardUnlessReferenced(accepted.stream().map(file -> file.stored().key()).toList(), references);
    }

    private void extractText(long resourceId, List<AttachmentIntake.Accepted> accepted) {
        if (!accepted.isEmpty()) {
            library.attachmentIdsOf(resourceId, accepted.stream().map(a -> a.stored().key()).toList())
                    .forEach(extractor::extractLater);
        }
    }
}

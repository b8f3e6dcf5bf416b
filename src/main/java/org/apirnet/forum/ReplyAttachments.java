package org.apirnet.forum;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apirnet.content.ContentReferences;
import org.apirnet.platform.AttachmentIntake;
import org.apirnet.platform.FileStore;
import org.apirnet.platform.MemberUploadQuota;
import org.apirnet.web.CurrentViewer;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a reply may carry besides its text: one file, judged by the portal's attachment intake within the forum's
 * size limit and the member's daily upload quota (shared with the library), and one cited library resource, named by
 * its address or id and checked to be published and visible to the replier. The forum knows the library only as a
 * kind of content ({@link #CITED_KIND}), through the content kernel.
 */
@Component
class ReplyAttachments {

    /** The library's resources, as the content index names their kind. */
    static final String CITED_KIND = "resource";

    private final ContentReferences references;
    private final AttachmentIntake intake;
    private final MemberUploadQuota quota;
    private final FileStore files;
    private final ReplyFiles replyFiles;
    private final ForumProperties properties;
    private final CurrentViewer viewer;

    ReplyAttachments(ContentReferences references, AttachmentIntake intake, MemberUploadQuota quota, FileStore files,
                     ReplyFiles replyFiles, ForumProperties properties, CurrentViewer viewer) {
        this.references = references;
        this.intake = intake;
        this.quota = quota;
        this.files = files;
        this.replyFiles = replyFiles;
        this.properties = properties;
        this.viewer = viewer;
    }

    /** The id of the resource the form cites, or null: nothing cited, or a field message says why not. */
    Long citedResource(ForumForms.ReplyForm form, Errors errors) {
        if (!form.citesSomething() || errors.hasFieldErrors("cites")) {
            return null;
        }
        Optional<Long> id = references.idIn(CITED_KIND, form.cites());
        if (id.isEmpty()) {
            errors.rejectValue("cites", "forum.reply.cites.notALink");
            return null;
        }
        ContentReferences.Reference resource = references.published(CITED_KIND, List.of(id.get())).get(id.get());
        if (resource == null || !resource.isVisibleTo(viewer.isMember())) {
            errors.rejectValue("cites", "forum.reply.cites.notFound");
            return null;
        }
        return id.get();
    }

    /** Members' files count against their daily quota; editors are trusted, as in the library. */
    void checkQuota(long accountId, List<MultipartFile> chosen, Errors errors) {
        if (!viewer.isEditor()) {
            quota.check(accountId, chosen).ifPresent(exceeded -> errors.reject("forum.reply.file.quota", exceeded.arguments(), null));
        }
    }

    /** The chosen file stored and judged, or empty: none chosen, or refused (then a message says why, nothing is kept). */
    Optional<AttachmentIntake.Accepted> accept(List<MultipartFile> chosen, Errors errors) {
        return intake.acceptAll(chosen, 1, properties.maxFileSize().toBytes(), errors).stream().findFirst();
    }

    /** Saves the reply; its file goes again when the reply was not taken or the save failed (unless it committed after all). */
    DiscussionService.ReplyOutcome saving(Optional<AttachmentIntake.Accepted> file, Supplier<DiscussionService.ReplyOutcome> save) {
        DiscussionService.ReplyOutcome outcome;
        try {
            outcome = save.get();
        } catch (RuntimeException e) {
            file.ifPresent(accepted -> files.discardUnlessReferenced(List.of(accepted.stored().key()), replyFiles));
            throw e;
        }
        if (outcome != DiscussionService.ReplyOutcome.PUBLISHED && outcome != DiscussionService.ReplyOutcome.AWAITS_APPROVAL) {
            file.ifPresent(accepted -> intake.discard(List.of(accepted)));
        }
        return outcome;
    }

    long maxFileMegabytes() {
        return properties.maxFileSize().toMegabytes();
    }

    /** The published resources these replies cite, whoever may see them (one index query, no SQL). */
    java.util.Map<Long, ContentReferences.Reference> citedBy(List<Reply> replies) {
        return references.published(CITED_KIND, replies.stream().map(Reply::getCitedResourceId)
                .filter(java.util.Objects::nonNull).toList());
    }
}

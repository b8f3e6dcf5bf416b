package org.apirnet.forum;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.apirnet.platform.AttachedFile;

/**
 * A member's reply to one question. Depending on the discussion's policy it waits for a moderator or appears at
 * once; either way a moderator can take it down with a reason its author sees, or highlight it. It may carry one file
 * and cite one library resource (by id: the library's rows are not the forum's), both kept when the text is changed.
 */
@Entity
@Table(name = "discussion_reply")
class Reply {

    enum Status { PENDING, PUBLISHED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long discussionId;
    private long questionId;
    private long authorId;
    private String bodyMarkdown;
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    private Status status;
    private String rejectionReason;
    private boolean highlighted;
    private Instant createdAt;
    private Instant editedAt;
    private Long decidedBy;
    private Instant decidedAt;

    /** Empty (every column null) for a reply without a file. */
    @Embedded
    @AttributeOverride(name = "storageKey", column = @Column(name = "file_storage_key"))
    @AttributeOverride(name = "originalName", column = @Column(name = "file_original_name"))
    @AttributeOverride(name = "mediaType", column = @Column(name = "file_media_type"))
    @AttributeOverride(name = "sizeBytes", column = @Column(name = "file_size_bytes"))
    @AttributeOverride(name = "sha256", column = @Column(name = "file_sha256"))
    @AttributeOverride(name = "uploadedAt", column = @Column(name = "file_uploaded_at"))
    private AttachedFile file;

    private Long citedResourceId;

    @Version
    private long version;

    protected Reply() {
    }

    Reply(long discussionId, long questionId, long authorId, String bodyMarkdown, String bodyHtml, AttachedFile file,
          Long citedResourceId, ReplyPolicy policy, Instant now) {
        this.discussionId = discussionId;
        this.file = file;
        this.citedResourceId = citedResourceId;
        this.questionId = questionId;
        this.authorId = authorId;
        this.bodyMarkdown = bodyMarkdown;
        this.bodyHtml = bodyHtml;
        this.status = policy == ReplyPolicy.PUBLISH_AT_ONCE ? Status.PUBLISHED : Status.PENDING;
        this.createdAt = now;
    }

    /** Only what waits can be approved; false leaves it as it is (another moderator decided first). */
    boolean approve(long moderatorId, Instant now) {
        if (status != Status.PENDING) {
            return false;
        }
        status = Status.PUBLISHED;
        decided(moderatorId, now);
        return true;
    }

    /** Refuses what waits, or takes down what was published at once; the author sees the reason. */
    boolean reject(long moderatorId, String reason, Instant now) {
        if (status == Status.REJECTED) {
            return false;
        }
        status = Status.REJECTED;
        rejectionReason = reason;
        highlighted = false;
        decided(moderatorId, now);
        return true;
    }

    boolean highlight(boolean on) {
        if (status != Status.PUBLISHED || highlighted == on) {
            return false;
        }
        highlighted = on;
        return true;
    }

    private void decided(long moderatorId, Instant now) {
        decidedBy = moderatorId;
        decidedAt = now;
    }

    boolean editableBy(long accountId, Instant now, Duration window) {
        return authorId == accountId && status != Status.REJECTED && now.isBefore(createdAt.plus(window));
    }

    /**
     * The author's edit. Where each reply is approved first, an edited reply waits for approval again, so approval
     * is never of words other than those shown.
     */
    void revise(String markdown, String html, ReplyPolicy policy, Instant now) {
        bodyMarkdown = markdown;
        bodyHtml = html;
        editedAt = now;
        if (policy == ReplyPolicy.APPROVE_FIRST && status == Status.PUBLISHED) {
            status = Status.PENDING;
            highlighted = false;
        }
    }

    Long getId() {
        return id;
    }

    long getDiscussionId() {
        return discussionId;
    }

    long getQuestionId() {
        return questionId;
    }

    long getAuthorId() {
        return authorId;
    }

    String getBodyMarkdown() {
        return bodyMarkdown;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    Status getStatus() {
        return status;
    }

    String getRejectionReason() {
        return rejectionReason;
    }

    boolean isHighlighted() {
        return highlighted;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getEditedAt() {
        return editedAt;
    }

    /** The attached file, or null. */
    AttachedFile getFile() {
        return file;
    }

    Long getCitedResourceId() {
        return citedResourceId;
    }

    /**
     * Whether this viewer may see the reply (and so download its file): published ones whoever reads the discussion;
     * waiting and rejected ones only their author and the discussion's moderators.
     */
    boolean isShownTo(Long viewerId, boolean viewerModerates) {
        return status == Status.PUBLISHED || viewerModerates || (viewerId != null && viewerId == authorId);
    }

    long getVersion() {
        return version;
    }
}

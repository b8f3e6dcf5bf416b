package org.apirnet.blog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's comment on a post: held until a moderator approves it, like a discussion reply. */
@Entity
@Table(name = "blog_comment")
class BlogComment {

    enum Status { PENDING, PUBLISHED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long blogPostId;
    private long authorId;
    private String body;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String rejectionReason;
    private Instant createdAt;
    private Long decidedBy;
    private Instant decidedAt;

    protected BlogComment() {
    }

    BlogComment(long blogPostId, long authorId, String body) {
        this.blogPostId = blogPostId;
        this.authorId = authorId;
        this.body = body;
        this.status = Status.PENDING;
        this.createdAt = Instant.now();
    }

    /** False when it was decided already (two moderators at once), which leaves it unchanged. */
    boolean approve(long moderatorId) {
        return decide(Status.PUBLISHED, moderatorId, null);
    }

    boolean reject(long moderatorId, String reason) {
        return decide(Status.REJECTED, moderatorId, reason);
    }

    private boolean decide(Status outcome, long moderatorId, String reason) {
        if (status != Status.PENDING) {
            return false;
        }
        status = outcome;
        rejectionReason = reason;
        decidedBy = moderatorId;
        decidedAt = Instant.now();
        return true;
    }

    Long getId() {
        return id;
    }

    long getBlogPostId() {
        return blogPostId;
    }

    long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    Status getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}

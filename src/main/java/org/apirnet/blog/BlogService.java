package org.apirnet.blog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apirnet.content.AuditTrail;
import org.apirnet.content.ContentDecisions;
import org.apirnet.content.ContentStatus;
import org.apirnet.content.ContentTags;
import org.apirnet.identity.MemberContacts;
import org.apirnet.web.CurrentViewer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Writing posts, allowing writers, and moderating comments; every decision goes into the audit trail. Who may do
 * what is decided here, for every object, not only by the route rules.
 */
@Service
class BlogService {

    static final String AUDIT_KIND = "blog_post";
    static final String COMMENT_AUDIT_KIND = "blog_comment";
    static final int COMMENTS_SHOWN = 200;

    private final BlogPostRepository posts;
    private final BlogCommentRepository comments;
    private final BlogWriterRepository writers;
    private final AuditTrail audit;
    private final ContentDecisions decisions;
    private final ContentTags tags;
    private final MemberContacts contacts;
    private final CurrentViewer viewer;
    private final ApplicationEventPublisher publisher;

    BlogService(BlogPostRepository posts, BlogCommentRepository comments, BlogWriterRepository writers, AuditTrail audit,
                ContentDecisions decisions, ContentTags tags, MemberContacts contacts, CurrentViewer viewer,
                ApplicationEventPublisher publisher) {
        this.posts = posts;
        this.comments = comments;
        this.writers = writers;
        this.audit = audit;
        this.decisions = decisions;
        this.tags = tags;
        this.contacts = contacts;
        this.viewer = viewer;
        this.publisher = publisher;
    }

    /** Editors and moderators write; members only when an admin allowed them. */
    @Transactional(readOnly = true)
    boolean viewerMayWrite() {
        if (viewer.isEditor() || viewer.hasRole("MODERATOR")) {
            return true;
        }
        return viewer.isMember() && viewer.accountId().map(writers::existsById).orElse(false);
    }

    /** Its author (while still allowed to write) and editors change a post. */
    boolean viewerMayEdit(BlogPost post) {
        return viewer.isEditor() || (viewer.accountId().filter(post::isAuthoredBy).isPresent() && viewerMayWrite());
    }

    Optional<BlogKind> check(BlogForm form, Errors errors) {
        Optional<BlogKind> kind = BlogKind.ofSlug(form.kind() == null ? "" : form.kind().strip());
        if (form.kind() != null && !form.kind().isBlank() && kind.isEmpty()) {
            errors.rejectValue("kind", "blog.kind.unknown");
        }
        tags.checkThemes(form.themes(), errors, "themes");
        tags.checkCountries(form.countries(), errors, "countries");
        tags.checkLanguage(form.language(), errors, "language");
        return kind;
    }

    /** Allowed writers publish directly: they were trusted once, by an admin. */
    @Transactional
    long create(BlogPost.Content content, long authorId) {
        BlogPost saved = posts.save(new BlogPost(content, authorId));
        decisions.created(AUDIT_KIND, saved.getId(), ContentStatus.PUBLISHED, authorId);
        return saved.getId();
    }

    @Transactional
    void update(long id, BlogPost.Content content, long actorId) {
        BlogPost post = posts.findById(id).orElseThrow(() -> new IllegalStateException("blog post " + id + " vanished"));
        post.revise(content, actorId);
        audit.record(AUDIT_KIND, id, actorId, "UPDATED", null);
    }

    @Transactional
    boolean archive(long id, long editorId) {
        return posts.findById(id).filter(post -> decisions.archive(AUDIT_KIND, post, editorId)).isPresent();
    }

    @Transactional(readOnly = true)
    Optional<BlogPost> find(long id) {
        return posts.findById(id);
    }

    @Transactional(readOnly = true)
    boolean hasAnyPost() {
        return posts.existsByIdNotNull();
    }

    @Transactional
    long comment(long postId, long authorId, String body) {
        BlogComment saved = comments.save(new BlogComment(postId, authorId, body.strip()));
        audit.record(COMMENT_AUDIT_KIND, saved.getId(), authorId, "SUBMITTED", null);
        return saved.getId();
    }

    @Transactional(readOnly = true)
    List<BlogComment> publishedComments(long postId) {
        return comments.findByBlogPostIdAndStatusOrderByCreatedAtAsc(postId, BlogComment.Status.PUBLISHED,
                PageRequest.of(0, COMMENTS_SHOWN));
    }

    @Transactional(readOnly = true)
    List<BlogComment> pendingComments(int limit) {
        return comments.findByStatusOrderByCreatedAtAsc(BlogComment.Status.PENDING, PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    long countPendingComments() {
        return comments.countByStatus(BlogComment.Status.PENDING);
    }

    @Transactional
    boolean approve(long commentId, long moderatorId) {
        Optional<BlogComment> comment = comments.findById(commentId).filter(c -> c.approve(moderatorId));
        comment.ifPresent(c -> audit.record(COMMENT_AUDIT_KIND, commentId, moderatorId, "APPROVED", null));
        return comment.isPresent();
    }

    /** Rejects a pending comment and mails its author the reason, with the post's link. */
    @Transactional
    boolean reject(long commentId, long moderatorId, String reason) {
        Optional<BlogComment> comment = comments.findById(commentId).filter(c -> c.reject(moderatorId, reason.strip()));
        comment.ifPresent(c -> {
            audit.record(COMMENT_AUDIT_KIND, commentId, moderatorId, "REJECTED", reason.strip());
            BlogPost post = posts.findById(c.getBlogPostId()).orElseThrow();
            contacts.contact(c.getAuthorId()).ifPresent(author -> publisher.publishEvent(new BlogMail.CommentRejected(
                    author.email(), author.name(), post.getTitle(), reason.strip(), BlogViews.path(post.getId(), post.getSlug()))));
        });
        return comment.isPresent();
    }

    @Transactional(readOnly = true)
    List<BlogWriter> writers() {
        return writers.findAllByOrderByGrantedAtDesc();
    }

    /** Allows the member with this address; empty when no account has it. */
    @Transactional
    Optional<Long> allow(String email, long adminId) {
        Optional<Long> account = contacts.accountIdOf(email.strip());
        account.filter(id -> !writers.existsById(id)).ifPresent(id -> {
            writers.save(new BlogWriter(id, adminId));
            audit.record("blog_writer", id, adminId, "ALLOWED", null);
        });
        return account;
    }

    @Transactional
    void revoke(long accountId, long adminId) {
        if (writers.existsById(accountId)) {
            writers.deleteById(accountId);
            audit.record("blog_writer", accountId, adminId, "REVOKED", null);
        }
    }

    Map<Long, String> names(Collection<Long> accountIds) {
        return contacts.names(accountIds);
    }

    Map<Long, MemberContacts.Participant> participants(Collection<Long> accountIds, boolean viewerIsMember) {
        return contacts.participants(accountIds, viewerIsMember);
    }
}

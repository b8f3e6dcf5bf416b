package org.apirnet.notify;

import org.apirnet.blog.BlogMail.CommentRejected;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells members why a moderator did not publish their comment on a post; queued inside the deciding transaction. */
@Component
class BlogMailListener {

    private static final RejectionMail.Wording WORDING = new RejectionMail.Wording("mail.blogCommentRejected.subject",
            "mail.blogCommentRejected.heading", "mail.blogCommentRejected.intro", "mail.blogCommentRejected.action");

    private final RejectionMail mail;

    BlogMailListener(RejectionMail mail) {
        this.mail = mail;
    }

    @EventListener
    void on(CommentRejected event) {
        mail.enqueue(event.email(), event.name(), event.postTitle(), event.reason(), event.path(), WORDING);
    }
}

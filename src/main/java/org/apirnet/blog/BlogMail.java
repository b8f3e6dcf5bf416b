package org.apirnet.blog;

/** Events the blog publishes inside the deciding transaction, so that commenters are told by mail. */
public final class BlogMail {

    private BlogMail() {
    }

    /** A member's comment was not published; the reason is the moderator's words, {@code path} the post. */
    public record CommentRejected(String email, String name, String postTitle, String reason, String path) {
    }
}

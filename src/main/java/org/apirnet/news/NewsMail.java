package org.apirnet.news;

/** Events the news module publishes inside the deciding transaction, so that submitters are told by mail. */
public final class NewsMail {

    private NewsMail() {
    }

    /** A member's news was not published; the reason is the editor's words, {@code itemPath} where to change it. */
    public record SubmissionRejected(String email, String name, String title, String reason, String itemPath) {
    }
}

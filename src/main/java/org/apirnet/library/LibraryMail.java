package org.apirnet.library;

/** Events the library publishes, inside the deciding transaction, so that submitters are told by mail. */
public final class LibraryMail {

    private LibraryMail() {
    }

    /** A member's submission was published; {@code resourcePath} is site-relative. */
    public record SubmissionApproved(String email, String name, String title, String resourcePath) {
    }

    /** A member's submission was not accepted; the reason is the editor's words to the member. */
    public record SubmissionRejected(String email, String name, String title, String reason) {
    }
}

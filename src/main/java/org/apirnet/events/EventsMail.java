package org.apirnet.events;

/** Events the events module publishes inside the deciding transaction, so that submitters are told by mail. */
public final class EventsMail {

    private EventsMail() {
    }

    /** A member's event was not accepted; the reason is the editor's words to the member. */
    public record SubmissionRejected(String email, String name, String title, String reason) {
    }
}

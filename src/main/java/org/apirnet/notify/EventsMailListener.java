package org.apirnet.notify;

import org.apirnet.events.EventsMail.SubmissionRejected;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells members why an editor did not publish the event they submitted; queued inside the deciding transaction. */
@Component
class EventsMailListener {

    private static final RejectionMail.Wording WORDING = new RejectionMail.Wording("mail.eventRejected.subject",
            "mail.eventRejected.heading", "mail.eventRejected.intro", "mail.eventRejected.action");

    private final RejectionMail mail;

    EventsMailListener(RejectionMail mail) {
        this.mail = mail;
    }

    @EventListener
    void on(SubmissionRejected event) {
        mail.enqueue(event.email(), event.name(), event.title(), event.reason(), "/events/submit", WORDING);
    }
}

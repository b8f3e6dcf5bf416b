package org.apirnet.notify;

import org.apirnet.news.NewsMail.SubmissionRejected;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells members why an editor did not publish the news they submitted, with a link to their item (where they can
 * change it and submit it again); queued inside the deciding transaction.
 */
@Component
class NewsMailListener {

    private static final RejectionMail.Wording WORDING = new RejectionMail.Wording("mail.newsRejected.subject",
            "mail.newsRejected.heading", "mail.newsRejected.intro", "mail.newsRejected.action");

    private final RejectionMail mail;

    NewsMailListener(RejectionMail mail) {
        this.mail = mail;
    }

    @EventListener
    void on(SubmissionRejected event) {
        mail.enqueue(event.email(), event.name(), event.title(), event.reason(), event.itemPath(), WORDING);
    }
}

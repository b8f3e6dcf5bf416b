package org.apirnet.notify;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for what could not be sent right after its transaction: retries that have come due, and mail left over by a
 * restart. The sending itself happens on the outbox's one sender thread.
 */
@Component
class MailRetrySweep {

    private final MailOutbox outbox;

    MailRetrySweep(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Scheduled(fixedDelayString = "${apirnet.mail.retry-interval:PT5S}", initialDelayString = "${apirnet.mail.retry-interval:PT5S}")
    void sendDueMail() {
        outbox.sweepSoon();
    }
}

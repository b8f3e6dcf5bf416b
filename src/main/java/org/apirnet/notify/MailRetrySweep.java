package org.apirnet.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends what could not be sent right after its transaction: retries that have come due, and mail left over by a restart. */
@Component
class MailRetrySweep {

    private static final Logger log = LoggerFactory.getLogger(MailRetrySweep.class);

    private final MailDispatcher dispatcher;

    MailRetrySweep(MailDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${apirnet.mail.retry-interval:PT1M}", initialDelayString = "${apirnet.mail.retry-interval:PT1M}")
    void sendDueMail() {
        try {
            int handled = dispatcher.sendDue();
            if (handled > 0) {
                log.debug("Retry sweep handled {} mail(s)", handled);
            }
        } catch (RuntimeException e) {
            // Typically the database is unreachable; the next sweep tries again.
            log.warn("Retry sweep stopped early: {}", e.toString());
        }
    }
}

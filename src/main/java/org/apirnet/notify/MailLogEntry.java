package org.apirnet.notify;

import java.time.Instant;

/** One line of the admin mail log: everything but the bodies, which only the detail page loads. */
record MailLogEntry(Long id, String recipient, String subject, MailStatus status, int attempts, Instant createdAt) {

    public String createdAtText() {
        return MailTimes.readable(createdAt);
    }
}

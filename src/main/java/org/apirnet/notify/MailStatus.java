package org.apirnet.notify;

/** Where an outgoing mail stands; the {@code outgoing_mail.status} check constraint lists the same names. */
enum MailStatus {
    /** Waiting to be sent, either for the first time or for a retry at {@code next_attempt_at}. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up on: the address could not be used, or every attempt failed. */
    FAILED,
    /** No SMTP server is configured: written to the log and kept for the admin mail log instead. */
    LOGGED
}

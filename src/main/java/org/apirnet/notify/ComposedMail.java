package org.apirnet.notify;

/** A mail ready to be queued: rendered, addressed, not yet stored. */
record ComposedMail(String recipient, String subject, String textBody, String htmlBody) {
}

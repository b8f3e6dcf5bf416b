package org.apirnet.notify;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as people read them in mail and in the mail log. Always UTC and always said so: a recipient's time zone
 * is unknown, and an unlabelled time would be misread.
 */
final class MailTimes {

    private static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private MailTimes() {
    }

    /** For example "23 November 2026, 14:05 UTC"; empty for no time. */
    static String readable(Instant instant) {
        return instant == null ? "" : READABLE.format(instant);
    }
}

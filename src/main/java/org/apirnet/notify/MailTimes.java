package org.apirnet.notify;

import java.time.Duration;
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

    /** A setting's length as an admin reads it: "10 seconds", "15 minutes", "1 day"; the largest whole unit. */
    static String readable(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 86_400 == 0 && seconds > 0) {
            return plural(seconds / 86_400, "day");
        }
        if (seconds % 3_600 == 0 && seconds > 0) {
            return plural(seconds / 3_600, "hour");
        }
        if (seconds % 60 == 0 && seconds > 0) {
            return plural(seconds / 60, "minute");
        }
        return seconds > 0 ? plural(seconds, "second") : duration.toMillis() + " ms";
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    /** For example "23 November 2026, 14:05 UTC"; empty for no time. */
    static String readable(Instant instant) {
        return instant == null ? "" : READABLE.format(instant);
    }
}

package org.apirnet.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates of content as pages write them (in UTC): "2 December 2026" to read, "2026-12-02" for {@code <time datetime>}. */
public final class DisplayDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private DisplayDates() {
    }

    /** The day written out; empty for none. */
    public static String day(Instant instant) {
        return instant == null ? "" : instant.atZone(ZoneOffset.UTC).format(DAY);
    }

    /** The day as an ISO date; empty for none. */
    public static String isoDay(Instant instant) {
        return instant == null ? "" : instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}

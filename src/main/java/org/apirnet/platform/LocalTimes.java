package org.apirnet.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Times as people type and read them: a local date-time in a named IANA zone ("09:00 in Bangkok"), which forms take
 * as text and the portal stores as an instant beside the zone. Shared by every module with dated things (events,
 * discussions), so that all of them accept and write times alike.
 */
public final class LocalTimes {

    /** What a date-time field accepts: {@code 2026-12-15T09:00} (the HTML datetime-local format). */
    public static final String FORM_PATTERN = "^$|^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$";

    /** Zones offered first in forms: the region's, as the IANA names them. Any other IANA id is accepted. */
    public static final List<String> REGION_ZONES = List.of("Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Jakarta", "Asia/Manila",
            "Asia/Kuala_Lumpur", "Asia/Singapore", "Asia/Phnom_Penh", "Asia/Vientiane", "Asia/Yangon", "Asia/Dhaka",
            "Asia/Kolkata", "Asia/Kathmandu", "Asia/Colombo", "Asia/Karachi", "Asia/Kabul", "Asia/Tokyo", "Asia/Seoul",
            "Asia/Shanghai", "Asia/Ulaanbaatar", "Asia/Dili", "Australia/Sydney", "Pacific/Auckland", "Pacific/Fiji",
            "Pacific/Port_Moresby", "Europe/Zurich", "UTC");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private LocalTimes() {
    }

    /** A known IANA region id; offsets like "+07:00" are not places, so they are refused, as is anything unknown. */
    public static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank() || id.length() > 64 || !ZoneId.getAvailableZoneIds().contains(id.strip())) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A local date-time of a form in the given zone, or null when blank, not a real date, or without a zone. */
    public static Instant instant(String value, ZoneId zone) {
        if (value == null || value.isBlank() || zone == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The form's text for an instant in a zone, to the minute; empty for none. */
    public static String formValue(Instant instant, ZoneId zone) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, zone).withSecond(0).withNano(0).toString();
    }

    /** "Tue 15 Dec 2026". */
    public static String day(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(DAY);
    }

    /** "Tue 15 Dec 2026, 09:00". */
    public static String dayAndTime(Instant instant, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        return at.format(DAY) + ", " + at.format(TIME);
    }

    /** "Tue 15 Dec 2026, 09:00–17:00", or both days when the span covers several. */
    public static String span(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return from.format(DAY) + ", " + from.format(TIME) + "\u2013" + to.format(TIME);
        }
        return from.format(DAY) + ", " + from.format(TIME) + " \u2013 " + to.format(DAY) + ", " + to.format(TIME);
    }

    /** "Asia/Bangkok (GMT+07:00)": the zone's id, which people recognise, with its offset at that instant. */
    public static String zoneLabel(ZoneId zone, Instant at) {
        String offset = zone.getRules().getOffset(at).getId();
        return zone.getId() + " (GMT" + ("Z".equals(offset) ? "" : offset) + ")";
    }
}

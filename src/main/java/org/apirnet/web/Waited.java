package org.apirnet.web;

import java.time.Duration;

/** How long something has waited, as people say it: "3 days", "1 hour", "5 minutes". */
public final class Waited {

    private Waited() {
    }

    public static String text(Duration waited) {
        if (waited.toDays() >= 1) {
            return plural(waited.toDays(), "day");
        }
        if (waited.toHours() >= 1) {
            return plural(waited.toHours(), "hour");
        }
        return plural(Math.max(1, waited.toMinutes()), "minute");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}

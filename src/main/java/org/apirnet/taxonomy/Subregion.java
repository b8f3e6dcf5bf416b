package org.apirnet.taxonomy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The subregions of Asia and the Pacific used to group countries, in display order. */
public enum Subregion {
    EAST_ASIA("East Asia"),
    SOUTH_EAST_ASIA("South-East Asia"),
    SOUTH_ASIA("South Asia"),
    PACIFIC("Pacific");

    private final String displayName;

    Subregion(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The name in URLs, e.g. {@code south-east-asia}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Subregion> ofSlug(String slug) {
        return Arrays.stream(values()).filter(subregion -> subregion.slug().equals(slug)).findFirst();
    }
}

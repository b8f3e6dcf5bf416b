package org.apirnet.taxonomy;

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
}

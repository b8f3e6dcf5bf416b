package org.apirnet.countries;

/** What kind of value an indicator holds; it decides the form field, the validation, the display and the sort order. */
enum IndicatorType {
    /** Yes or no, with the year it became yes (e.g. of a ratification). */
    YES_NO,
    /** A number, with the indicator's unit. */
    NUMBER,
    TEXT,
    DATE,
    /** One of the indicator's choices. */
    CHOICE;

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

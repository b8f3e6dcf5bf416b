package org.apirnet.countries;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;

/**
 * How a value of an indicator reads on a page and in a CSV cell, and how values of one indicator sort: numbers as
 * numbers, dates as dates, yes before no; a missing value is never a zero and always sorts last.
 */
final class ValueDisplay {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ValueDisplay() {
    }

    /** The value as text, or null when it is missing. */
    static String text(Indicator indicator, ParsedValue value) {
        if (value == null || value.isMissing()) {
            return null;
        }
        return switch (indicator.getType()) {
            case YES_NO -> Boolean.TRUE.equals(value.yesNo())
                    ? (value.sinceYear() == null ? "Yes" : "Yes (" + value.sinceYear() + ")") : "No";
            case NUMBER -> withUnit(plain(value.number()), indicator.getUnit());
            case DATE -> DATE.format(value.date());
            case TEXT -> value.text();
            case CHOICE -> value.choice();
        };
    }

    /** A number as people write it: no exponent, no trailing zeros, no grouping (years read as years). */
    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static String withUnit(String number, String unit) {
        if (unit == null || unit.isBlank()) {
            return number;
        }
        return "%".equals(unit) ? number + "%" : number + " " + unit;
    }

    /** Orders present values of one indicator ascending; missing ones are left to the caller to put last. */
    static Comparator<ParsedValue> ascending(Indicator indicator) {
        return switch (indicator.getType()) {
            case YES_NO -> Comparator.comparing((ParsedValue value) -> value.yesNo())
                    .thenComparing(value -> value.sinceYear(), Comparator.nullsLast(Comparator.naturalOrder()));
            case NUMBER -> Comparator.comparing(ParsedValue::number);
            case DATE -> Comparator.comparing(ParsedValue::date);
            case TEXT -> Comparator.comparing((ParsedValue value) -> value.text().toLowerCase(Locale.ROOT));
            case CHOICE -> Comparator.comparing((ParsedValue value) -> indicator.getChoices().indexOf(value.choice()))
                    .thenComparing(ParsedValue::choice);
        };
    }
}

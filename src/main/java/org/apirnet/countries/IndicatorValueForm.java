package org.apirnet.countries;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;
import org.apirnet.platform.PlainText;

import org.springframework.validation.Errors;

/**
 * What an editor typed for one country's value of one indicator, as text: checked against the indicator's type by
 * {@link #parse}, so a wrong value comes back as a field message with everything typed kept.
 *
 * @param version the version of the value the editor started from, to refuse a change made meanwhile
 */
record IndicatorValueForm(@Size(max = 2000) String value, @Size(max = 10) String sinceYear,
                          @Size(max = 2000) String sourceUrl, @Size(max = 300) String sourceTitle,
                          @Size(max = 10) String referenceYear, @Size(max = 1000) String note, String version) {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,18}(\\.\\d{1,6})?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    static final int FIRST_YEAR = 1800;

    static IndicatorValueForm empty() {
        return new IndicatorValueForm("", "", "", "", "", "", "");
    }

    static IndicatorValueForm of(Indicator indicator, IndicatorValue existing) {
        if (existing == null) {
            return empty();
        }
        ParsedValue value = existing.toParsed();
        String typed = value.isMissing() ? "" : switch (indicator.getType()) {
            case YES_NO -> value.yesNo() ? "yes" : "no";
            case NUMBER -> ValueDisplay.plain(value.number());
            case DATE -> value.date().toString();
            case TEXT -> value.text();
            case CHOICE -> value.choice();
        };
        return new IndicatorValueForm(typed, text(value.sinceYear()), nullToEmpty(value.sourceUrl()),
                nullToEmpty(value.sourceTitle()), text(value.referenceYear()), nullToEmpty(value.note()),
                Long.toString(existing.getVersion()));
    }

    /**
     * The value as it will be stored, or null with field messages in {@code errors}. A value needs its source link
     * and reference year: a figure nobody can trace is worse than a missing one.
     */
    ParsedValue parse(Indicator indicator, Errors errors, int currentYear) {
        String typed = clean(value);
        if (typed == null) {
            errors.rejectValue("value", "validation.indicator.value.required");
        }
        Boolean yesNo = null;
        BigDecimal number = null;
        String text = null;
        LocalDate date = null;
        String choice = null;
        Short since = null;
        if (typed != null) {
            switch (indicator.getType()) {
                case YES_NO -> {
                    if ("yes".equals(typed) || "no".equals(typed)) {
                        yesNo = "yes".equals(typed);
                    } else {
                        errors.rejectValue("value", "validation.indicator.yesNo");
                    }
                }
                case NUMBER -> {
                    // No comma is read: "12,5" means 12.5 in much of the region and 125 elsewhere.
                    String digits = typed.replace(" ", "");
                    if (NUMBER.matcher(digits).matches()) {
                        number = new BigDecimal(digits);
                    } else {
                        errors.rejectValue("value", "validation.indicator.number");
                    }
                }
                case DATE -> {
                    try {
                        date = LocalDate.parse(typed);
                        if (date.getYear() < FIRST_YEAR || date.getYear() > currentYear + 50) {
                            errors.rejectValue("value", "validation.indicator.date");
                            date = null;
                        }
                    } catch (DateTimeParseException e) {
                        errors.rejectValue("value", "validation.indicator.date");
                    }
                }
                case TEXT -> text = typed;
                case CHOICE -> {
                    if (indicator.getChoices().contains(typed)) {
                        choice = typed;
                    } else {
                        errors.rejectValue("value", "validation.indicator.choice");
                    }
                }
            }
        }
        String sinceTyped = clean(sinceYear);
        // The form offers the field for yes-or-no indicators only; for others it is not read.
        if (sinceTyped != null && indicator.getType() == IndicatorType.YES_NO) {
            if (Boolean.FALSE.equals(yesNo)) {
                errors.rejectValue("sinceYear", "validation.indicator.sinceYear.onlyYes");
            } else {
                since = year(sinceTyped, currentYear);
                if (since == null) {
                    errors.rejectValue("sinceYear", "validation.indicator.year", new Object[] {FIRST_YEAR, currentYear}, null);
                }
            }
        }
        String url = clean(sourceUrl);
        if (url == null) {
            errors.rejectValue("sourceUrl", "validation.indicator.source.required");
        } else if (!isWebAddress(url)) {
            errors.rejectValue("sourceUrl", "validation.indicator.url");
        }
        String referenceTyped = clean(referenceYear);
        Short reference = null;
        if (referenceTyped == null) {
            errors.rejectValue("referenceYear", "validation.indicator.referenceYear.required");
        } else {
            reference = year(referenceTyped, currentYear);
            if (reference == null) {
                errors.rejectValue("referenceYear", "validation.indicator.year", new Object[] {FIRST_YEAR, currentYear}, null);
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ParsedValue(yesNo, since, number, text, date, choice, url, clean(sourceTitle), reference, clean(note));
    }

    /** The version the form started from; -1 for a value that did not exist, or a tampered field. */
    long startedFromVersion() {
        try {
            return version == null || version.isBlank() ? -1 : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return -2;
        }
    }

    private static Short year(String typed, int currentYear) {
        if (!YEAR.matcher(typed).matches()) {
            return null;
        }
        int year = Integer.parseInt(typed);
        return year >= FIRST_YEAR && year <= currentYear ? (short) year : null;
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    private static String clean(String typed) {
        if (typed == null) {
            return null;
        }
        String stripped = PlainText.withoutBidiControls(typed).strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String text(Short year) {
        return year == null ? "" : year.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

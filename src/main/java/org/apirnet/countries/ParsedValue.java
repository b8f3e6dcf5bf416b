package org.apirnet.countries;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A checked value of one indicator with its sourcing, as stored; at most one of the value fields is set. */
record ParsedValue(Boolean yesNo, Short sinceYear, BigDecimal number, String text, LocalDate date, String choice,
                   String sourceUrl, String sourceTitle, Short referenceYear, String note) {

    static final ParsedValue NONE = new ParsedValue(null, null, null, null, null, null, null, null, null, null);

    boolean isMissing() {
        return yesNo == null && number == null && text == null && date == null && choice == null;
    }
}

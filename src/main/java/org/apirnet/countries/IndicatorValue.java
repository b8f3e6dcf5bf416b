package org.apirnet.countries;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A country's value of one indicator with where it comes from. At most one of the value columns is set, the one of the
 * indicator's type; none set means the value was taken away (the row stays for its history) and shows as missing.
 */
@Entity
@Table(name = "indicator_value")
class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "country_iso2", columnDefinition = "bpchar(2)")
    private String countryIso2;

    private short indicatorId;
    private Boolean yesNo;
    private Short sinceYear;
    private BigDecimal numberValue;
    private String textValue;
    private LocalDate dateValue;
    private String choiceValue;
    private String sourceUrl;
    private String sourceTitle;
    private Short referenceYear;
    private String note;
    private boolean sample;
    private Instant updatedAt;
    private Long updatedBy;

    @Version
    private long version;

    protected IndicatorValue() {
    }

    IndicatorValue(String countryIso2, short indicatorId) {
        this.countryIso2 = countryIso2;
        this.indicatorId = indicatorId;
    }

    /** Replaces the value and its sourcing; a value set by a person is no longer a sample. */
    void set(ParsedValue value, Long editorId, boolean sample) {
        yesNo = value.yesNo();
        sinceYear = value.sinceYear();
        numberValue = value.number();
        textValue = value.text();
        dateValue = value.date();
        choiceValue = value.choice();
        sourceUrl = value.sourceUrl();
        sourceTitle = value.sourceTitle();
        referenceYear = value.referenceYear();
        note = value.note();
        this.sample = sample;
        updatedBy = editorId;
        updatedAt = Instant.now();
    }

    void clear(long editorId) {
        set(ParsedValue.NONE, editorId, false);
    }

    ParsedValue toParsed() {
        return new ParsedValue(yesNo, sinceYear, numberValue, textValue, dateValue, choiceValue, sourceUrl, sourceTitle,
                referenceYear, note);
    }

    boolean isMissing() {
        return toParsed().isMissing();
    }

    Long getId() {
        return id;
    }

    String getCountryIso2() {
        return countryIso2;
    }

    short getIndicatorId() {
        return indicatorId;
    }

    boolean isSample() {
        return sample;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}

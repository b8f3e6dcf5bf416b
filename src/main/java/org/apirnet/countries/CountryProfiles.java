package org.apirnet.countries;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apirnet.content.AuditEntry;
import org.apirnet.content.AuditTrail;
import org.apirnet.platform.ChangeAwareCache;
import org.apirnet.platform.DataChanges;
import org.apirnet.taxonomy.Country;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Countries' indicator values: reading them for profiles and comparisons, and editors' changes with their audit lines. */
@Service
class CountryProfiles {

    static final String VALUE_SUBJECT = "indicator_value";

    /** How a change ended. */
    enum Outcome { SAVED, UNCHANGED, CHANGED_MEANWHILE }

    private final IndicatorValueRepository values;
    private final AuditTrail audit;
    /** Comparisons' values; entries are read-only copies, never changed or saved. */
    private final ChangeAwareCache<Selection, Map<String, Map<Short, IndicatorValue>>> selections;

    CountryProfiles(IndicatorValueRepository values, AuditTrail audit, DataChanges changes) {
        this.values = values;
        this.audit = audit;
        this.selections = new ChangeAwareCache<>(changes, 500, Duration.ofMinutes(10));
    }

    /** One country's values by indicator id (one query). */
    @Transactional(readOnly = true)
    Map<Short, IndicatorValue> valuesOf(Country country) {
        return values.findByCountryIso2(country.getIso2()).stream()
                .collect(Collectors.toMap(IndicatorValue::getIndicatorId, Function.identity()));
    }

    /**
     * The values of some countries for some indicators, by country code and then indicator id: one query, whose answer
     * is kept until the next committed change, so a comparison that many open at once asks the database once.
     */
    Map<String, Map<Short, IndicatorValue>> valuesOf(Collection<Country> countries, Collection<Indicator> indicators) {
        if (countries.isEmpty() || indicators.isEmpty()) {
            return Map.of();
        }
        Selection selection = new Selection(countries.stream().map(Country::getIso2).collect(Collectors.toUnmodifiableSet()),
                indicators.stream().map(Indicator::getId).collect(Collectors.toUnmodifiableSet()));
        return selections.get(selection, key -> values.findByCountryIso2InAndIndicatorIdIn(key.countries(), key.indicators())
                .stream().collect(Collectors.groupingBy(IndicatorValue::getCountryIso2,
                        Collectors.toUnmodifiableMap(IndicatorValue::getIndicatorId, Function.identity()))));
    }

    private record Selection(Set<String> countries, Set<Short> indicators) {
    }

    @Transactional(readOnly = true)
    Optional<IndicatorValue> value(Country country, Indicator indicator) {
        return values.findByCountryIso2AndIndicatorId(country.getIso2(), indicator.getId());
    }

    /**
     * Sets a country's value of an indicator, if nobody changed it since the editor's form was filled
     * ({@code startedFrom}: the version seen, -1 for none), and writes the audit line in the same transaction.
     */
    @Transactional
    Outcome set(Country country, Indicator indicator, ParsedValue value, long startedFrom, long editorId) {
        Optional<IndicatorValue> found = values.findByCountryIso2AndIndicatorId(country.getIso2(), indicator.getId());
        if (found.map(IndicatorValue::getVersion).orElse(-1L) != startedFrom) {
            return Outcome.CHANGED_MEANWHILE;
        }
        IndicatorValue row = found.orElseGet(() -> new IndicatorValue(country.getIso2(), indicator.getId()));
        ParsedValue before = found.map(IndicatorValue::toParsed).orElse(ParsedValue.NONE);
        if (before.equals(value) && !row.isSample()) {
            return Outcome.UNCHANGED;
        }
        row.set(value, editorId, false);
        IndicatorValue saved = values.saveAndFlush(row);
        audit.record(VALUE_SUBJECT, saved.getId(), editorId, "VALUE_SET", describe(country, indicator, before, value));
        return Outcome.SAVED;
    }

    /** Takes a value away: the country then shows it as missing; the row stays with its history. */
    @Transactional
    Outcome remove(Country country, Indicator indicator, long startedFrom, long editorId) {
        Optional<IndicatorValue> found = values.findByCountryIso2AndIndicatorId(country.getIso2(), indicator.getId());
        if (found.isEmpty() || found.get().getVersion() != startedFrom) {
            return found.isEmpty() ? Outcome.UNCHANGED : Outcome.CHANGED_MEANWHILE;
        }
        IndicatorValue row = found.get();
        if (row.isMissing()) {
            return Outcome.UNCHANGED;
        }
        ParsedValue before = row.toParsed();
        row.clear(editorId);
        values.saveAndFlush(row);
        audit.record(VALUE_SUBJECT, row.getId(), editorId, "VALUE_REMOVED", describe(country, indicator, before, ParsedValue.NONE));
        return Outcome.SAVED;
    }

    /** Sample values for the demo, marked as samples on every page that shows them. */
    @Transactional
    void setSample(Country country, Indicator indicator, ParsedValue value) {
        IndicatorValue row = values.findByCountryIso2AndIndicatorId(country.getIso2(), indicator.getId())
                .orElseGet(() -> new IndicatorValue(country.getIso2(), indicator.getId()));
        row.set(value, null, true);
        IndicatorValue saved = values.saveAndFlush(row);
        audit.record(VALUE_SUBJECT, saved.getId(), null, "SAMPLE_SET", describe(country, indicator, ParsedValue.NONE, value));
    }

    @Transactional(readOnly = true)
    List<AuditEntry> history(IndicatorValue value) {
        return audit.history(VALUE_SUBJECT, value.getId());
    }

    /** The most recent change among some values, or null when none was ever given. */
    static Instant lastUpdated(Collection<IndicatorValue> given) {
        return given.stream().filter(value -> !value.isMissing()).map(IndicatorValue::getUpdatedAt)
                .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    private static String describe(Country country, Indicator indicator, ParsedValue before, ParsedValue after) {
        List<String> parts = new ArrayList<>();
        parts.add(country.getName() + " · " + indicator.getName() + ": "
                + Objects.requireNonNullElse(ValueDisplay.text(indicator, before), "missing") + " → "
                + Objects.requireNonNullElse(ValueDisplay.text(indicator, after), "missing"));
        if (!after.isMissing()) {
            parts.add("source " + after.sourceUrl());
            parts.add("reference year " + after.referenceYear());
        }
        return String.join("; ", parts);
    }
}

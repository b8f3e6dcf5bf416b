package org.apirnet.countries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Read models of indicator values for the templates, built in one pass from the definitions and the values. */
final class ProfileViews {

    /** A value as shown; {@code text} is null when the value is missing. */
    public record ValueView(String text, String sourceUrl, String sourceTitle, Short referenceYear, String note, boolean sample,
                     Instant updatedAt) {

        static final ValueView MISSING = new ValueView(null, null, null, null, null, false, null);

        public boolean missing() {
            return text == null;
        }
    }

    public record Row(String slug, String name, String description, ValueView value) {
    }

    public record Section(String slug, String name, List<Row> rows) {
    }

    /**
     * A country's profile: every indicator, given or missing, by group; when it was last updated; whether any value
     * shown is a sample (demo data).
     */
    public record Profile(List<Section> sections, Instant lastUpdated, boolean anySample, int given) {
    }

    /** An indicator's definition as pages show it; {@code type} is the key of its {@link IndicatorType}. */
    public record IndicatorView(String slug, String name, String description, String type, String typeName, String unit,
                                List<String> choices, String groupSlug) {
    }

    public record GroupView(String slug, String name, List<IndicatorView> indicators) {
    }

    private ProfileViews() {
    }

    static IndicatorView indicator(Indicator indicator, IndicatorGroup group) {
        return new IndicatorView(indicator.getSlug(), indicator.getName(), indicator.getDescription(), indicator.getType().key(),
                indicator.getType().name(), indicator.getUnit(), indicator.getChoices(), group.getSlug());
    }

    /** Every group in order with its indicators; {@code withEmpty} keeps groups that have none yet. */
    static List<GroupView> groups(IndicatorCatalog.Definitions definitions, boolean withEmpty) {
        return definitions.sections().stream()
                .filter(section -> withEmpty || !section.indicators().isEmpty())
                .map(section -> new GroupView(section.group().getSlug(), section.group().getName(),
                        section.indicators().stream().map(i -> indicator(i, section.group())).toList()))
                .toList();
    }

    static ValueView value(Indicator indicator, IndicatorValue stored) {
        if (stored == null || stored.isMissing()) {
            return ValueView.MISSING;
        }
        ParsedValue value = stored.toParsed();
        return new ValueView(ValueDisplay.text(indicator, value), value.sourceUrl(), value.sourceTitle(), value.referenceYear(),
                value.note(), stored.isSample(), stored.getUpdatedAt());
    }

    static Profile profile(IndicatorCatalog.Definitions definitions, Map<Short, IndicatorValue> values) {
        List<Section> sections = new ArrayList<>();
        boolean anySample = false;
        int given = 0;
        for (IndicatorCatalog.Section section : definitions.sections()) {
            if (section.indicators().isEmpty()) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (Indicator indicator : section.indicators()) {
                ValueView value = value(indicator, values.get(indicator.getId()));
                anySample |= value.sample();
                given += value.missing() ? 0 : 1;
                rows.add(new Row(indicator.getSlug(), indicator.getName(), indicator.getDescription(), value));
            }
            sections.add(new Section(section.group().getSlug(), section.group().getName(), List.copyOf(rows)));
        }
        return new Profile(List.copyOf(sections), CountryProfiles.lastUpdated(values.values()), anySample, given);
    }
}

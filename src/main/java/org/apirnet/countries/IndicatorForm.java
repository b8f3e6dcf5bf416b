package org.apirnet.countries;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An admin's definition of an indicator, as typed: the group is an existing one ({@code group}, its slug) or a new
 * one ({@code newGroup}, its name); choices are one per line.
 */
record IndicatorForm(@NotBlank @Size(max = 200) String name, @Size(max = 1000) String description,
                     @Size(max = 80) String group, @Size(max = 120) String newGroup, String type,
                     @Size(max = 40) String unit, @Size(max = 4000) String choices) {

    static final int MAX_CHOICES = 30;

    static IndicatorForm empty() {
        return new IndicatorForm("", "", "", "", "", "", "");
    }

    static IndicatorForm of(Indicator indicator, IndicatorGroup group) {
        return new IndicatorForm(indicator.getName(), nullToEmpty(indicator.getDescription()), group.getSlug(), "",
                indicator.getType().name(), nullToEmpty(indicator.getUnit()), String.join("\n", indicator.getChoices()));
    }

    /** The choices, one per line, stripped, blank lines left out, in the order typed. */
    List<String> choiceList() {
        if (choices == null) {
            return List.of();
        }
        return Arrays.stream(choices.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

package org.apirnet.countries;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apirnet.content.AuditTrail;
import org.apirnet.platform.PlainText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Admins defining indicators: checked here, saved with their audit line, no code change needed for a new one. */
@Service
class IndicatorAdministration {

    static final String INDICATOR_SUBJECT = "indicator";

    private final IndicatorRepository indicators;
    private final IndicatorGroupRepository groups;
    private final IndicatorValueRepository values;
    private final AuditTrail audit;

    IndicatorAdministration(IndicatorRepository indicators, IndicatorGroupRepository groups, IndicatorValueRepository values,
                            AuditTrail audit) {
        this.indicators = indicators;
        this.groups = groups;
        this.values = values;
        this.audit = audit;
    }

    /** How many countries have a value of each indicator, by indicator slug. */
    @Transactional(readOnly = true)
    Map<String, Long> givenCounts() {
        Map<Short, String> slugs = new HashMap<>();
        indicators.findAll().forEach(indicator -> slugs.put(indicator.getId(), indicator.getSlug()));
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : values.countGivenPerIndicator()) {
            counts.put(slugs.get((Short) row[0]), (Long) row[1]);
        }
        return counts;
    }

    /** Adds an indicator; null with field messages in {@code errors} when the form is not acceptable. */
    @Transactional
    Indicator add(IndicatorForm form, Errors errors, long adminId) {
        IndicatorType type = type(form, errors);
        String name = clean(form.name());
        if (name != null && indicators.existsByNameIgnoreCase(name)) {
            errors.rejectValue("name", "validation.indicator.name.taken");
        }
        String slug = name == null ? null : freeSlug(name);
        if (name != null && slug == null) {
            errors.rejectValue("name", "validation.indicator.name.letters");
        }
        Checked checked = check(form, type, errors, null);
        if (errors.hasErrors()) {
            return null;
        }
        IndicatorGroup group = groupFor(form);
        Indicator indicator = new Indicator(slug, type, (short) (indicators.maxPosition(group.getId()) + 1));
        indicator.describe(name, clean(form.description()), group.getId(), checked.unit(), checked.choices());
        Indicator saved = indicators.saveAndFlush(indicator);
        audit.record(INDICATOR_SUBJECT, saved.getId(), adminId, "INDICATOR_ADDED",
                saved.getName() + " (" + type.key() + ", " + group.getName() + ")");
        return saved;
    }

    /** Changes an indicator's name, description, group, unit or choices; its type stays. */
    @Transactional
    boolean change(short indicatorId, IndicatorForm form, Errors errors, long adminId) {
        Indicator indicator = indicators.findById(indicatorId).orElseThrow();
        String name = clean(form.name());
        if (name != null && !name.equalsIgnoreCase(indicator.getName()) && indicators.existsByNameIgnoreCase(name)) {
            errors.rejectValue("name", "validation.indicator.name.taken");
        }
        if (form.type() != null && !form.type().isBlank() && !form.type().equals(indicator.getType().name())) {
            errors.rejectValue("type", "validation.indicator.type.fixed");
        }
        Checked checked = check(form, indicator.getType(), errors, indicator);
        if (errors.hasErrors()) {
            return false;
        }
        IndicatorGroup group = groupFor(form);
        indicator.describe(name, clean(form.description()), group.getId(), checked.unit(), checked.choices());
        indicators.saveAndFlush(indicator);
        audit.record(INDICATOR_SUBJECT, indicator.getId(), adminId, "INDICATOR_CHANGED", indicator.getName());
        return true;
    }

    private record Checked(String unit, List<String> choices) {
    }

    private Checked check(IndicatorForm form, IndicatorType type, Errors errors, Indicator existing) {
        boolean existingGroup = form.group() != null && !form.group().isBlank();
        String newGroup = clean(form.newGroup());
        if (existingGroup && newGroup != null) {
            errors.rejectValue("newGroup", "validation.indicator.group.both");
        } else if (!existingGroup && newGroup == null) {
            errors.rejectValue("group", "validation.indicator.group.required");
        } else if (existingGroup && groups.findBySlug(form.group()).isEmpty()) {
            errors.rejectValue("group", "validation.indicator.group.unknown");
        } else if (newGroup != null && groups.findByNameIgnoreCase(newGroup).isEmpty() && slugOf(newGroup).isEmpty()) {
            errors.rejectValue("newGroup", "validation.indicator.name.letters");
        }
        String unit = clean(form.unit());
        if (unit != null && type != null && type != IndicatorType.NUMBER) {
            errors.rejectValue("unit", "validation.indicator.unit.onlyNumbers");
        }
        List<String> choices = form.choiceList();
        if (type == IndicatorType.CHOICE) {
            if (choices.size() < 2) {
                errors.rejectValue("choices", "validation.indicator.choices.few");
            } else if (choices.size() > IndicatorForm.MAX_CHOICES) {
                errors.rejectValue("choices", "validation.indicator.choices.many", new Object[] {IndicatorForm.MAX_CHOICES}, null);
            } else if (choices.stream().anyMatch(choice -> choice.length() > 120)) {
                errors.rejectValue("choices", "validation.indicator.choices.long");
            } else if (new HashSet<>(choices.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList()).size() < choices.size()) {
                errors.rejectValue("choices", "validation.indicator.choices.twice");
            } else if (existing != null) {
                for (String removed : existing.getChoices()) {
                    long using = choices.contains(removed) ? 0 : values.countByIndicatorIdAndChoiceValue(existing.getId(), removed);
                    if (using > 0) {
                        errors.rejectValue("choices", "validation.indicator.choices.inUse", new Object[] {removed, using}, null);
                        break;
                    }
                }
            }
        } else if (!choices.isEmpty() && type != null) {
            errors.rejectValue("choices", "validation.indicator.choices.onlyChoice");
        }
        return new Checked(unit, choices.stream().map(PlainText::withoutBidiControls).toList());
    }

    private IndicatorType type(IndicatorForm form, Errors errors) {
        try {
            return IndicatorType.valueOf(form.type());
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.rejectValue("type", "validation.indicator.type.required");
            return null;
        }
    }

    private IndicatorGroup groupFor(IndicatorForm form) {
        if (form.group() != null && !form.group().isBlank()) {
            return groups.findBySlug(form.group()).orElseThrow();
        }
        String name = clean(form.newGroup());
        return groups.findByNameIgnoreCase(name).orElseGet(() -> {
            String base = slugOf(name).orElseThrow();
            String slug = base;
            for (int n = 2; groups.findBySlug(slug).isPresent(); n++) {
                slug = base + "-" + n;
            }
            return groups.saveAndFlush(new IndicatorGroup(slug, name, (short) (groups.maxPosition() + 1)));
        });
    }

    /** A slug for a new indicator's name that no indicator has; null for a name without a Latin letter or digit. */
    private String freeSlug(String name) {
        Optional<String> base = slugOf(name);
        if (base.isEmpty()) {
            return null;
        }
        String slug = base.get();
        // "new" is the address of the form that adds an indicator.
        for (int n = 2; indicators.existsBySlug(slug) || "new".equals(slug); n++) {
            slug = base.get() + "-" + n;
        }
        return slug;
    }

    static Optional<String> slugOf(String name) {
        return PlainText.slugOf(name, 60);
    }

    private static String clean(String typed) {
        if (typed == null) {
            return null;
        }
        String stripped = PlainText.withoutBidiControls(typed).strip();
        return stripped.isEmpty() ? null : stripped;
    }
}

package org.apirnet.countries;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing every country's profile can state, defined by an admin: its name, group, type, unit or choices. */
@Entity
@Table(name = "indicator")
class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Short id;

    private String slug;
    private String name;
    private String description;
    private short groupId;

    @Enumerated(EnumType.STRING)
    private IndicatorType type;

    private String unit;
    private String[] choices;
    private short position;
    private Instant createdAt;

    protected Indicator() {
    }

    Indicator(String slug, IndicatorType type, short position) {
        this.slug = slug;
        this.type = type;
        this.position = position;
        this.createdAt = Instant.now();
        this.choices = new String[0];
    }

    /** Everything but the type and slug, which stay as created: values and links depend on them. */
    void describe(String name, String description, short groupId, String unit, List<String> choices) {
        this.name = name;
        this.description = description;
        this.groupId = groupId;
        this.unit = type == IndicatorType.NUMBER ? unit : null;
        this.choices = type == IndicatorType.CHOICE ? choices.toArray(String[]::new) : new String[0];
    }

    Short getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    short getGroupId() {
        return groupId;
    }

    IndicatorType getType() {
        return type;
    }

    String getUnit() {
        return unit;
    }

    List<String> getChoices() {
        return List.of(choices);
    }

    short getPosition() {
        return position;
    }
}

package org.apirnet.countries;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A heading under which indicators are shown and compared together, e.g. "International labour standards". */
@Entity
@Table(name = "indicator_group")
class IndicatorGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Short id;

    private String slug;
    private String name;
    private short position;

    protected IndicatorGroup() {
    }

    IndicatorGroup(String slug, String name, short position) {
        this.slug = slug;
        this.name = name;
        this.position = position;
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

    short getPosition() {
        return position;
    }
}

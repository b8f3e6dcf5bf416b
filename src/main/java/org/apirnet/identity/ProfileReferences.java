package org.apirnet.identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apirnet.taxonomy.ConstituencyGroup;
import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks the reference data a form names (country, constituency group, themes) against the taxonomy, and holds
 * the option lists the forms offer. A value the lists never offered gets a field message, not an error page.
 */
@Component
class ProfileReferences {

    private final Taxonomy taxonomy;

    ProfileReferences(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Form values arrive as text; blank values are left to @NotBlank, anything else must name a listed item. */
    void check(String countryField, String country, String groupField, String group, String themesField, List<String> themes,
               Errors errors) {
        if (country != null && !country.isBlank() && taxonomy.country(country.strip().toUpperCase(Locale.ROOT)).isEmpty()) {
            errors.rejectValue(countryField, "validation.country.unknown");
        }
        if (group != null && !group.isBlank()) {
            Short groupId = FormRules.parseShort(group);
            if (groupId == null || taxonomy.constituencyGroup(groupId).isEmpty()) {
                errors.rejectValue(groupField, "validation.group.unknown");
            }
        }
        if (themes != null && taxonomy.themeIds(themes).isEmpty()) {
            errors.rejectValue(themesField, "validation.themes.unknown");
        }
    }

    List<Country> countries() {
        return taxonomy.countries();
    }

    List<ConstituencyGroup> constituencyGroups() {
        return taxonomy.constituencyGroups();
    }

    List<Theme> themes() {
        return taxonomy.themes();
    }

    Map<Short, Theme> themesById() {
        return taxonomy.themesById();
    }

    Map<String, Country> countriesByIso2() {
        return taxonomy.countriesByIso2();
    }

    Map<Short, ConstituencyGroup> groupsById() {
        return taxonomy.constituencyGroupsById();
    }
}

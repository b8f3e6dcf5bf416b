package org.apirnet.identity.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apirnet.identity.accounts.FormRules;
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
public class ProfileReferences {

    private final Taxonomy taxonomy;

    ProfileReferences(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** A country outside the region, by its ISO 3166-1 code and English name. */
    record OutsideCountry(String iso2, String name) {
    }

    /** The world's countries (as the JDK knows them) that are not in the region, by name. */
    private static final List<OutsideCountry> WORLD = java.util.Arrays.stream(Locale.getISOCountries())
            .map(code -> new OutsideCountry(code, Locale.of("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(java.util.Comparator.comparing(OutsideCountry::name)).toList();

    /** Form values arrive as text; blank values are left to @NotBlank, anything else must name a listed item. */
    public void check(String countryField, String country, String groupField, String group, String themesField, List<String> themes,
               Errors errors) {
        if (country != null && !country.isBlank() && !isCountry(country.strip().toUpperCase(Locale.ROOT))) {
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

    /** A country of the region, or one of the world's outside it. */
    boolean isCountry(String iso2) {
        return taxonomy.country(iso2).isPresent() || outsideCountries().stream().anyMatch(c -> c.iso2().equals(iso2));
    }

    public List<Country> countries() {
        return taxonomy.countries();
    }

    /** Offered after the region's countries, for members who work elsewhere (ILO headquarters in Geneva, say). */
    public List<OutsideCountry> outsideCountries() {
        java.util.Set<String> regional = taxonomy.countriesByIso2().keySet();
        return WORLD.stream().filter(c -> !regional.contains(c.iso2())).toList();
    }

    /** The English name of a country outside the region, if the code is one. */
    Optional<String> outsideCountryName(String iso2) {
        return iso2 == null ? Optional.empty()
                : WORLD.stream().filter(c -> c.iso2().equals(iso2)).map(OutsideCountry::name).findFirst();
    }

    public List<ConstituencyGroup> constituencyGroups() {
        return taxonomy.constituencyGroups();
    }

    public List<Theme> themes() {
        return taxonomy.themes();
    }

    Map<Short, Theme> themesById() {
        return taxonomy.themesById();
    }

    Map<String, Country> countriesByIso2() {
        return taxonomy.countriesByIso2();
    }

    public Map<Short, ConstituencyGroup> groupsById() {
        return taxonomy.constituencyGroupsById();
    }
}

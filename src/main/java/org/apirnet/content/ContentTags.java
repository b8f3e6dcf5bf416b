package org.apirnet.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.Facet;
import org.apirnet.web.QueryLinks;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The theme, country and language choices every content form makes, checked against the reference data (a value no
 * list offered gets a field message, never an error page), and the same tags resolved for pages.
 */
@Component
public class ContentTags {

    private final Taxonomy taxonomy;

    ContentTags(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** At least one theme, each a listed one; the ids, or an empty set after rejecting the field. */
    public Set<Short> checkThemes(List<String> values, Errors errors, String field) {
        if (values == null || values.isEmpty()) {
            errors.rejectValue(field, "validation.themes.required");
            return Set.of();
        }
        return taxonomy.themeIds(values).orElseGet(() -> {
            errors.rejectValue(field, "validation.themes.unknown");
            return Set.of();
        });
    }

    /** Any number of listed countries (none means regional); their upper-case codes. */
    public Set<String> checkCountries(List<String> values, Errors errors, String field) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        return taxonomy.countryCodes(values).orElseGet(() -> {
            errors.rejectValue(field, "validation.country.unknown");
            return Set.of();
        });
    }

    /** A listed language; blank is left to {@code @NotBlank}. */
    public void checkLanguage(String code, Errors errors, String field) {
        if (code != null && !code.isBlank() && !Languages.isKnown(code.strip())) {
            errors.rejectValue(field, "validation.language.unknown");
        }
    }

    /** Themes in their editorial order. */
    public List<Tag> themes(Collection<Short> ids) {
        return taxonomy.themes().stream().filter(theme -> ids.contains(theme.getId()))
                .map(theme -> new Tag(theme.getName(), theme.getSlug())).toList();
    }

    /** Countries by name. */
    public List<Tag> countries(Collection<String> iso2s) {
        Map<String, Country> countries = taxonomy.countriesByIso2();
        return iso2s.stream().map(countries::get).filter(Objects::nonNull).sorted(Comparator.comparing(Country::getName))
                .map(country -> new Tag(country.getName(), country.getSlug())).toList();
    }

    /** Theme names by id, for resolving many items at once. */
    public Map<Short, Theme> themesById() {
        return taxonomy.themesById();
    }

    /** A list's theme facet ({@code theme=slug}) from the index's counts by theme id, most first. */
    public Facet themeFacet(String labelKey, QueryLinks links, long total, Optional<Theme> chosen, Map<Short, Long> counts) {
        Map<Short, Theme> themes = taxonomy.themesById();
        return Facet.of("theme", labelKey, links, total, chosen.map(Theme::getName), Facet.byCount(counts),
                id -> themes.get(id) == null ? null : themes.get(id).getName(),
                id -> themes.get(id) == null ? null : themes.get(id).getSlug());
    }

    /** A list's country facet ({@code country=slug}) from the index's counts by upper-case ISO code, most first. */
    public Facet countryFacet(String labelKey, QueryLinks links, long total, Optional<Country> chosen, Map<String, Long> counts) {
        Map<String, Country> countries = taxonomy.countriesByIso2();
        return Facet.of("country", labelKey, links, total, chosen.map(Country::getName), Facet.byCount(counts),
                code -> countries.get(code) == null ? null : countries.get(code).getName(),
                code -> countries.get(code) == null ? null : countries.get(code).getSlug());
    }
}

package org.apirnet.taxonomy;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The taxonomy module's public API: read access to reference data for every other module. */
@Service
@Transactional(readOnly = true)
public class Taxonomy {

    private final ThemeRepository themes;
    private final CountryRepository countries;
    private final ResourceTypeRepository resourceTypes;
    private final ConstituencyGroupRepository constituencyGroups;

    Taxonomy(ThemeRepository themes, CountryRepository countries, ResourceTypeRepository resourceTypes,
             ConstituencyGroupRepository constituencyGroups) {
        this.themes = themes;
        this.countries = countries;
        this.resourceTypes = resourceTypes;
        this.constituencyGroups = constituencyGroups;
    }

    /** All themes in their editorial order. */
    public List<Theme> themes() {
        return themes.findAllByOrderByPosition();
    }

    public Optional<Theme> theme(String slug) {
        return themes.findBySlug(slug);
    }

    /** All countries, alphabetically. */
    public List<Country> countries() {
        return countries.findAllByOrderByName();
    }

    /** Countries grouped by subregion, subregions in display order, countries alphabetically within each. */
    public Map<Subregion, List<Country>> countriesBySubregion() {
        return countries().stream().collect(Collectors.groupingBy(Country::getSubregion,
                () -> new EnumMap<>(Subregion.class), Collectors.toList()));
    }

    /** Looks a country up by its ISO code in either case. */
    public Optional<Country> country(String iso2) {
        return countries.findByIso2(iso2.toUpperCase(Locale.ROOT));
    }

    public List<ResourceType> resourceTypes() {
        return resourceTypes.findAllByOrderByPosition();
    }

    public List<ConstituencyGroup> constituencyGroups() {
        return constituencyGroups.findAllByOrderByPosition();
    }

    /** Replaces a theme's description (admin editing of reference data builds on this). */
    @Transactional
    public Theme describeTheme(String slug, String description) {
        Theme theme = themes.findBySlug(slug).orElseThrow(() -> new IllegalArgumentException("No theme " + slug));
        theme.describe(description);
        return theme;
    }
}

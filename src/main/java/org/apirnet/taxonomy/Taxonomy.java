package org.apirnet.taxonomy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The taxonomy module's public API: read access to reference data for every other module. The four small tables
 * are read on nearly every page, so they are held in memory and re-read after an edit here or, for edits made by
 * another instance, after {@link #MAX_AGE} at the latest.
 */
@Service
@Transactional(readOnly = true)
public class Taxonomy {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private record Snapshot(List<Theme> themes, List<Country> countries, List<ResourceType> resourceTypes,
                            List<ConstituencyGroup> constituencyGroups, Instant loadedAt) {
    }

    private volatile Snapshot snapshot;

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

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().isBefore(Instant.now().minus(MAX_AGE))) {
            current = new Snapshot(List.copyOf(themes.findAllByOrderByPosition()), List.copyOf(countries.findAllByOrderByName()),
                    List.copyOf(resourceTypes.findAllByOrderByPosition()), List.copyOf(constituencyGroups.findAllByOrderByPosition()),
                    Instant.now());
            snapshot = current;
        }
        return current;
    }

    /** All themes in their editorial order. */
    public List<Theme> themes() {
        return snapshot().themes();
    }

    public Optional<Theme> theme(String slug) {
        return themes().stream().filter(theme -> theme.getSlug().equals(slug)).findFirst();
    }

    /** All countries, alphabetically. */
    public List<Country> countries() {
        return snapshot().countries();
    }

    /** Countries grouped by subregion, subregions in display order, countries alphabetically within each. */
    public Map<Subregion, List<Country>> countriesBySubregion() {
        return countries().stream().collect(Collectors.groupingBy(Country::getSubregion,
                () -> new EnumMap<>(Subregion.class), Collectors.toList()));
    }

    /** Looks a country up by its ISO code in either case. */
    public Optional<Country> country(String iso2) {
        String code = iso2.toUpperCase(Locale.ROOT);
        return countries().stream().filter(country -> country.getIso2().equals(code)).findFirst();
    }

    public List<ResourceType> resourceTypes() {
        return snapshot().resourceTypes();
    }

    public List<ConstituencyGroup> constituencyGroups() {
        return snapshot().constituencyGroups();
    }

    public Optional<ConstituencyGroup> constituencyGroup(short id) {
        return constituencyGroups().stream().filter(group -> group.getId() == id).findFirst();
    }

    /** Themes by id, in editorial order; for resolving the theme ids other modules store. */
    public Map<Short, Theme> themesById() {
        return themes().stream().collect(Collectors.toMap(Theme::getId, theme -> theme, (a, b) -> a, LinkedHashMap::new));
    }

    /** Countries by upper-case ISO code, alphabetically. */
    public Map<String, Country> countriesByIso2() {
        return countries().stream().collect(Collectors.toMap(Country::getIso2, country -> country, (a, b) -> a, LinkedHashMap::new));
    }

    /** Constituency groups by id, in their display order. */
    public Map<Short, ConstituencyGroup> constituencyGroupsById() {
        return constituencyGroups().stream()
                .collect(Collectors.toMap(ConstituencyGroup::getId, group -> group, (a, b) -> a, LinkedHashMap::new));
    }

    /** Replaces a theme's description (admin editing of reference data builds on this). */
    @Transactional
    public Theme describeTheme(String slug, String description) {
        Theme theme = themes.findBySlug(slug).orElseThrow(() -> new IllegalArgumentException("No theme " + slug));
        theme.describe(description);
        snapshot = null;
        return theme;
    }
}

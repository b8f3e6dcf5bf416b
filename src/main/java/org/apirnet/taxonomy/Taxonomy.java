package org.apirnet.taxonomy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The taxonomy module's public API: read access to reference data for every other module. The four small tables
 * are read on nearly every page, so they are held in memory and re-read after an edit here or, for edits made by
 * another instance, after {@link #MAX_AGE} at the latest. Reading them from memory opens no transaction (a page asks
 * many times; each transaction would take a database connection).
 */
@Service
public class Taxonomy {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private record Snapshot(List<Theme> themes, List<Country> countries, List<ResourceType> resourceTypes,
                            List<ConstituencyGroup> constituencyGroups, Map<Short, Theme> themesById,
                            Map<String, Country> countriesByIso2, Map<Short, ConstituencyGroup> groupsById, Instant loadedAt) {

        static Snapshot of(List<Theme> themes, List<Country> countries, List<ResourceType> resourceTypes,
                           List<ConstituencyGroup> groups) {
            Map<Short, Theme> themesById = new LinkedHashMap<>();
            themes.forEach(theme -> themesById.put(theme.getId(), theme));
            Map<String, Country> countriesByIso2 = new LinkedHashMap<>();
            countries.forEach(country -> countriesByIso2.put(country.getIso2(), country));
            Map<Short, ConstituencyGroup> groupsById = new LinkedHashMap<>();
            groups.forEach(group -> groupsById.put(group.getId(), group));
            return new Snapshot(List.copyOf(themes), List.copyOf(countries), List.copyOf(resourceTypes), List.copyOf(groups),
                    Collections.unmodifiableMap(themesById), Collections.unmodifiableMap(countriesByIso2),
                    Collections.unmodifiableMap(groupsById), Instant.now());
        }
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
            current = Snapshot.of(themes.findAllByOrderByPosition(), countries.findAllByOrderByName(),
                    resourceTypes.findAllByOrderByPosition(), constituencyGroups.findAllByOrderByPosition());
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
        return Optional.ofNullable(countriesByIso2().get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** The resource type with this slug, if any. */
    public Optional<ResourceType> resourceType(String slug) {
        return resourceTypes().stream().filter(type -> type.getSlug().equals(slug)).findFirst();
    }

    public List<ResourceType> resourceTypes() {
        return snapshot().resourceTypes();
    }

    public List<ConstituencyGroup> constituencyGroups() {
        return snapshot().constituencyGroups();
    }

    public Optional<ConstituencyGroup> constituencyGroup(short id) {
        return Optional.ofNullable(constituencyGroupsById().get(id));
    }

    /** Themes by id, in editorial order; for resolving the theme ids other modules store. */
    public Map<Short, Theme> themesById() {
        return snapshot().themesById();
    }

    /** Countries by upper-case ISO code, alphabetically. */
    public Map<String, Country> countriesByIso2() {
        return snapshot().countriesByIso2();
    }

    /** Constituency groups by id, in their display order. */
    public Map<Short, ConstituencyGroup> constituencyGroupsById() {
        return snapshot().groupsById();
    }

    /**
     * The theme ids that form values name (ids as text), or empty when any value names no theme: forms offer only
     * listed themes, so anything else is a tampered request that gets a field message.
     */
    public Optional<Set<Short>> themeIds(Collection<String> values) {
        Map<Short, Theme> known = themesById();
        Set<Short> ids = new LinkedHashSet<>();
        for (String value : values) {
            try {
                Short id = Short.valueOf(value == null ? "" : value.strip());
                if (!known.containsKey(id)) {
                    return Optional.empty();
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(ids);
    }

    /** The upper-case ISO codes that form values name (codes in either case), or empty when any names no country. */
    public Optional<Set<String>> countryCodes(Collection<String> values) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values) {
            Optional<Country> country = value == null ? Optional.empty() : country(value.strip());
            if (country.isEmpty()) {
                return Optional.empty();
            }
            codes.add(country.get().getIso2());
        }
        return Optional.of(codes);
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

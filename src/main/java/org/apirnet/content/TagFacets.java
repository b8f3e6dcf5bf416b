package org.apirnet.content;

import java.util.Map;
import java.util.Optional;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.Facet;
import org.apirnet.web.QueryLinks;

import org.springframework.stereotype.Component;

/**
 * The theme and country facets every list of content offers, built from the index's counts: values named and linked
 * by the reference data, most frequent first. One place, so every list names and orders them alike.
 */
@Component
public class TagFacets {

    private final Taxonomy taxonomy;

    TagFacets(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public Facet themes(String labelKey, QueryLinks links, long total, Optional<Theme> chosen, Map<Short, Long> counts) {
        Map<Short, Theme> themes = taxonomy.themesById();
        return Facet.of("theme", labelKey, links, total, chosen.map(Theme::getName), Facet.byCount(counts),
                id -> themes.get(id) == null ? null : themes.get(id).getName(),
                id -> themes.get(id) == null ? null : themes.get(id).getSlug());
    }

    public Facet countries(String labelKey, QueryLinks links, long total, Optional<Country> chosen, Map<String, Long> counts) {
        Map<String, Country> countries = taxonomy.countriesByIso2();
        return Facet.of("country", labelKey, links, total, chosen.map(Country::getName), Facet.byCount(counts),
                code -> countries.get(code) == null ? null : countries.get(code).getName(),
                code -> countries.get(code) == null ? null : countries.get(code).getSlug());
    }
}

package org.apirnet.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apirnet.content.IndexedKind;
import org.apirnet.content.Languages;
import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.ResourceType;
import org.apirnet.taxonomy.Subregion;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.Facet;
import org.apirnet.web.Pager;
import org.apirnet.web.QueryLinks;
import org.apirnet.web.RequestValues;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The search page: the query string read into a {@link SearchRequest} (a filter value that names nothing is dropped
 * with a notice, never an error), one search, and every state of the page (facets, sort, pages, corrections) as a
 * plain link.
 */
@Component
class SearchPage {

    /** The query string as it came; any value at all. */
    record Request(String query, String kind, String theme, String country, String subregion, String type, String language,
                   String year, String sort, int pageIndex) {
    }

    /** What the template shows. */
    record View(SearchResults results, List<Facet> facets, QueryLinks links, Pager pager, List<String> ignored,
                String relevanceHref, String dateHref, String didYouMeanHref, List<Theme> popularThemes) {

        public long firstHitNumber() {
            return (long) (pager.number() - 1) * SiteSearch.PAGE_SIZE + 1;
        }

        public long lastHitNumber() {
            return firstHitNumber() + results.hits().size() - 1;
        }

        public boolean isPastTheEnd() {
            return results.outcome() == SearchResults.Outcome.FOUND && results.total() > 0 && pager.isPastTheEnd();
        }
    }

    private static final int POPULAR_THEMES = 8;

    private final SiteSearch search;
    private final Taxonomy taxonomy;
    private final MessageSource messages;

    SearchPage(SiteSearch search, Taxonomy taxonomy, MessageSource messages) {
        this.search = search;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    View show(Request request, boolean viewerIsMember) {
        List<String> ignored = new ArrayList<>();
        Map<String, IndexedKind> kinds = search.kinds();
        Optional<IndexedKind> kind = RequestValues.lookUp(request.kind(), "kind", ignored, key -> Optional.ofNullable(kinds.get(key)));
        Optional<Theme> theme = RequestValues.lookUp(request.theme(), "theme", ignored, taxonomy::theme);
        Optional<Country> country = RequestValues.lookUp(request.country(), "country", ignored,
                taxonomy::country);
        Optional<Subregion> subregion = RequestValues.lookUp(request.subregion(), "subregion", ignored,
                Subregion::ofSlug);
        Optional<ResourceType> type = RequestValues.lookUp(request.type(), "type", ignored,
                taxonomy::resourceType);
        Optional<String> language = RequestValues.lookUp(request.language(), "language", ignored,
                code -> Languages.isKnown(code) ? Optional.of(code) : Optional.empty());
        Optional<Integer> year = RequestValues.lookUp(request.year(), "year", ignored, RequestValues::year);
        boolean byDate = "date".equals(request.sort());
        if (request.sort() != null && !request.sort().isBlank() && !byDate && !"relevance".equals(request.sort())) {
            ignored.add("sort");
        }
        // Control characters cannot be typed; pasted ones would only confuse the analysis and the page.
        String query = request.query() == null ? "" : request.query().replaceAll("\\p{Cntrl}", " ").strip();

        Map<String, Object> state = new LinkedHashMap<>();
        state.put("q", query);
        state.put("kind", kind.map(IndexedKind::key).orElse(null));
        state.put("theme", theme.map(Theme::getSlug).orElse(null));
        state.put("country", country.map(Country::getSlug).orElse(null));
        state.put("subregion", subregion.map(Subregion::slug).orElse(null));
        state.put("type", type.map(ResourceType::getSlug).orElse(null));
        state.put("language", language.orElse(null));
        state.put("year", year.orElse(null));
        state.put("sort", byDate ? "date" : null);
        QueryLinks links = QueryLinks.of("/search", state).keeping("q", "sort");

        SearchRequest searched = new SearchRequest(query, kind.map(IndexedKind::key).orElse(null), theme.map(Theme::getId).orElse(null),
                country.map(Country::getIso2).orElse(null), subregion.orElse(null), type.map(ResourceType::getId).orElse(null),
                language.orElse(null), year.orElse(null), byDate, request.pageIndex());
        SearchResults results = search.search(searched, viewerIsMember);

        List<Facet> facets = results.total() == 0 && !links.hasFilters() ? List.of() : facets(results, links, kind, theme, country,
                subregion, type, language, year);
        Pager pager = Pager.of(request.pageIndex(), Math.min(results.total(), SiteSearch.MAX_RESULTS),
                SiteSearch.PAGE_SIZE, links);
        String didYouMeanHref = results.didYouMean() == null ? null : links.with("q", results.didYouMean());
        List<Theme> popular = results.total() == 0 ? search.popularThemes(POPULAR_THEMES, viewerIsMember) : List.of();
        return new View(results, facets, links, pager, ignored, links.without("sort"), links.with("sort", "date"), didYouMeanHref,
                popular);
    }

    private List<Facet> facets(SearchResults results, QueryLinks links, Optional<IndexedKind> kind, Optional<Theme> theme,
                               Optional<Country> country, Optional<Subregion> subregion, Optional<ResourceType> type,
                               Optional<String> language, Optional<Integer> year) {
        SearchResults.Facets counts = results.facets();
        long total = results.total();
        Map<String, IndexedKind> kinds = search.kinds();
        Map<Short, Theme> themes = taxonomy.themesById();
        Map<String, Country> countries = taxonomy.countriesByIso2();
        Map<Short, ResourceType> types = new LinkedHashMap<>();
        taxonomy.resourceTypes().forEach(t -> types.put(t.getId(), t));
        List<Facet> facets = new ArrayList<>();
        facets.add(Facet.of("kind", "search.filter.kind", links, total, kind.map(k -> label(k.labelKey())),
                Facet.byCount(counts.kinds()), key -> kinds.containsKey(key) ? label(kinds.get(key).labelKey()) : null,
                key -> kinds.containsKey(key) ? key : null));
        facets.add(Facet.of("theme", "search.filter.theme", links, total, theme.map(Theme::getName), Facet.byCount(counts.themes()),
                id -> themes.containsKey(id) ? themes.get(id).getName() : null,
                id -> themes.containsKey(id) ? themes.get(id).getSlug() : null));
        facets.add(Facet.of("subregion", "search.filter.subregion", links, total, subregion.map(Subregion::displayName),
                Facet.byCount(counts.subregions()), name -> subregionNamed(name).map(Subregion::displayName).orElse(null),
                name -> subregionNamed(name).map(Subregion::slug).orElse(null)));
        facets.add(Facet.of("country", "search.filter.country", links, total, country.map(Country::getName),
                Facet.byCount(counts.countries()), code -> countries.containsKey(code) ? countries.get(code).getName() : null,
                code -> countries.containsKey(code) ? countries.get(code).getSlug() : null));
        facets.add(Facet.of("type", "search.filter.type", links, total, type.map(ResourceType::getName), Facet.byCount(counts.types()),
                id -> types.containsKey(id) ? types.get(id).getName() : null,
                id -> types.containsKey(id) ? types.get(id).getSlug() : null));
        facets.add(Facet.of("language", "search.filter.language", links, total, language.map(Languages::name),
                Facet.byCount(counts.languages()), Languages::name, Function.identity()));
        facets.add(Facet.of("year", "search.filter.year", links, total, year.map(String::valueOf), Facet.byYear(counts.years()),
                String::valueOf, String::valueOf));
        return facets;
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }

    private static Optional<Subregion> subregionNamed(String name) {
        return Arrays.stream(Subregion.values()).filter(s -> s.name().equals(name)).findFirst();
    }
}

package org.apirnet.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apirnet.content.ContentIndex;
import org.apirnet.content.Languages;
import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.ResourceType;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.Facet;
import org.apirnet.web.Pager;
import org.apirnet.web.QueryLinks;
import org.apirnet.web.RequestValues;

import org.springframework.stereotype.Component;

/**
 * The browse page of the library: filters read from the query string (a value that names nothing is dropped with a
 * notice), one index query for the page and its facet counts, and every state as a plain link.
 */
@Component
class LibraryBrowsePage {

    /** The query string as it came; any value at all. */
    record Request(String theme, String country, String type, String language, String year, String words, int pageIndex) {
    }

    /** What the template shows. */
    public record View(List<LibraryViews.Card> results, long total, Pager pager, List<Facet> facets, QueryLinks links,
                List<String> ignored, String words, Map<String, String> otherFilters) {
    }

    private final LibrarySearch search;
    private final LibraryViews views;
    private final Taxonomy taxonomy;

    LibraryBrowsePage(LibrarySearch search, LibraryViews views, Taxonomy taxonomy) {
        this.search = search;
        this.views = views;
        this.taxonomy = taxonomy;
    }

    View show(Request request, boolean viewerIsMember) {
        List<String> ignored = new ArrayList<>();
        Optional<Theme> theme = RequestValues.lookUp(request.theme(), "theme", ignored, slug -> taxonomy.theme(slug));
        Optional<Country> country = RequestValues.lookUp(request.country(), "country", ignored,
                taxonomy::country);
        Optional<ResourceType> type = RequestValues.lookUp(request.type(), "type", ignored,
                taxonomy::resourceType);
        Optional<String> language = RequestValues.lookUp(request.language(), "language", ignored,
                code -> Languages.isKnown(code) ? Optional.of(code) : Optional.empty());
        Optional<Integer> year = RequestValues.lookUp(request.year(), "year", ignored, RequestValues::year);
        String words = request.words() == null ? "" : request.words().strip();
        if (words.length() > ContentIndex.MAX_WORDS_LENGTH) {
            ignored.add("qTooLong");
            words = "";
        }

        Map<String, Object> state = new LinkedHashMap<>();
        state.put("theme", theme.map(Theme::getSlug).orElse(null));
        state.put("country", country.map(Country::getSlug).orElse(null));
        state.put("type", type.map(ResourceType::getSlug).orElse(null));
        state.put("language", language.orElse(null));
        state.put("year", year.orElse(null));
        // The keyword box sends the other filters along as hidden fields, so words search within them.
        Map<String, String> otherFilters = new LinkedHashMap<>();
        state.forEach((name, value) -> {
            if (value != null) {
                otherFilters.put(name, value.toString());
            }
        });
        state.put("q", words);
        QueryLinks links = QueryLinks.of("/library", state);

        LibrarySearch.Filters filters = new LibrarySearch.Filters(theme.map(Theme::getId).orElse(null),
                country.map(Country::getIso2).orElse(null), type.map(ResourceType::getId).orElse(null), language.orElse(null),
                year.orElse(null), words);
        LibrarySearch.Page page = search.browse(filters, request.pageIndex(), viewerIsMember);
        LibrarySearch.Facets counts = page.facets();

        List<Facet> facets = new ArrayList<>();
        if (!words.isEmpty()) { // shown and removable like any chosen filter
            facets.add(Facet.chosen("q", "library.filter.q", new Facet.Value(words, page.total(), links.href()), links.without("q")));
        }
        Map<Short, Theme> themes = taxonomy.themesById();
        facets.add(Facet.of("theme", "library.filter.theme", links, page.total(), theme.map(Theme::getName),
                Facet.byCount(counts.themes()), id -> themes.get(id) == null ? null : themes.get(id).getName(),
                id -> themes.get(id) == null ? null : themes.get(id).getSlug()));
        Map<String, Country> countries = taxonomy.countriesByIso2();
        facets.add(Facet.of("country", "library.filter.country", links, page.total(), country.map(Country::getName),
                Facet.byCount(counts.countries()), code -> countries.get(code) == null ? null : countries.get(code).getName(),
                code -> countries.get(code) == null ? null : countries.get(code).getSlug()));
        facets.add(Facet.of("type", "library.filter.type", links, page.total(), type.map(ResourceType::getName),
                Facet.byCount(counts.types()), id -> views.typeOf(id).map(ResourceType::getName).orElse(null),
                id -> views.typeOf(id).map(ResourceType::getSlug).orElse(null)));
        facets.add(Facet.of("language", "library.filter.language", links, page.total(), language.map(Languages::name),
                Facet.byCount(counts.languages()), Languages::name, Function.identity()));
        facets.add(Facet.of("year", "library.filter.year", links, page.total(), year.map(String::valueOf), Facet.byYear(counts.years()),
                String::valueOf, String::valueOf));

        return new View(views.hitCards(page.hits()), page.total(), Pager.of(request.pageIndex(), page.total(),
                LibrarySearch.PAGE_SIZE, links), facets, links, ignored, words, otherFilters);
    }
}

package org.apirnet.search;

import java.util.List;
import java.util.Map;

/**
 * A page of search results with the counts of the whole selection.
 *
 * @param request         what was asked, as validated
 * @param outcome         why there are no hits when there are none, or {@link Outcome#FOUND}
 * @param hits            this page's content hits, best (or newest) first
 * @param references      themes and countries whose names match (first page only)
 * @param total           how many items match in all
 * @param facets          counts per facet value over the whole selection
 * @param similarWords    the exact words found nothing and these are results for words one letter away
 * @param didYouMean      a query with likely corrections that finds something, or null
 */
public record SearchResults(SearchRequest request, Outcome outcome, List<SearchHit> hits, List<SearchHit> references, long total,
                            Facets facets, boolean similarWords, String didYouMean) {

    /** What a search came to. */
    public enum Outcome {
        /** Nothing asked yet. */
        EMPTY,
        /** Longer than a search box takes. */
        TOO_LONG,
        /** Only stop words, punctuation or left-out words: nothing to look for. */
        NOTHING_TO_SEARCH,
        /** Deeper than the pages offered. */
        TOO_DEEP,
        FOUND
    }

    /** Counts per value, over everything the search matches with the chosen filters. */
    public record Facets(Map<String, Long> kinds, Map<Short, Long> themes, Map<String, Long> countries,
                         Map<String, Long> subregions, Map<Short, Long> types, Map<String, Long> languages,
                         Map<Integer, Long> years) {

        static final Facets NONE = new Facets(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    static SearchResults nothing(SearchRequest request, Outcome outcome) {
        return new SearchResults(request, outcome, List.of(), List.of(), 0, Facets.NONE, false, null);
    }
}

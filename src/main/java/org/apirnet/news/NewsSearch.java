package org.apirnet.news;

import java.util.List;
import java.util.Map;

import org.apirnet.content.ContentIndex;
import org.apirnet.content.IndexSearch;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;

import org.springframework.stereotype.Component;

/**
 * Every list of news, answered by the search index alone: a page of the newest with the facet counts of the whole
 * selection, and the latest few of a theme, a country or of all. No SQL runs, so no list grows in cost with the
 * number of items; each applies the viewer's visibility.
 */
@Component
class NewsSearch {

    static final int PAGE_SIZE = 20;

    private static final AggregationKey<Map<Short, Long>> THEMES = AggregationKey.of(ContentIndex.THEMES);
    private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of(ContentIndex.COUNTRIES);
    private static final AggregationKey<Map<NewsKind, Long>> KINDS = AggregationKey.of(NewsItem.NEWS_KIND);
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of(ContentIndex.YEAR);

    /** Filters, already checked; null means any. */
    record Filters(NewsKind kind, Short themeId, String countryIso2, Integer year) {
        static final Filters NONE = new Filters(null, null, null, null);
    }

    record Facets(Map<NewsKind, Long> kinds, Map<Short, Long> themes, Map<String, Long> countries, Map<Integer, Long> years) {
    }

    record Page(List<NewsHit> hits, long total, Facets facets) {
    }

    private final IndexSearch index;

    NewsSearch(IndexSearch index) {
        this.index = index;
    }

    /** A page of the newest items matching the filters, with the facet counts of the whole selection. */
    Page list(Filters filters, int pageIndex, boolean viewerIsMember) {
        return index.query(session -> {
            SearchResult<NewsHit> result = session.search(NewsItem.class)
                    .select(NewsHit.class)
                    .where(f -> matching(f, filters, viewerIsMember))
                    .sort(f -> f.field(ContentIndex.PUBLISHED).desc().then().field(ContentIndex.ID).desc())
                    .aggregation(KINDS, f -> f.terms().field(NewsItem.NEWS_KIND, NewsKind.class).maxTermCount(10))
                    .aggregation(THEMES, f -> f.terms().field(ContentIndex.THEMES, Short.class).maxTermCount(100))
                    .aggregation(COUNTRIES, f -> f.terms().field(ContentIndex.COUNTRIES, String.class).maxTermCount(300))
                    .aggregation(YEARS, f -> f.terms().field(ContentIndex.YEAR, Integer.class).maxTermCount(200))
                    .fetch(pageIndex * PAGE_SIZE, PAGE_SIZE);
            return new Page(result.hits(), result.total().hitCount(), new Facets(result.aggregation(KINDS),
                    result.aggregation(THEMES), result.aggregation(COUNTRIES), result.aggregation(YEARS)));
        });
    }

    /** The latest few items the viewer may see, of a theme or a country or of all. */
    List<NewsHit> latest(Filters filters, int count, boolean viewerIsMember) {
        return index.query(session -> session.search(NewsItem.class)
                .select(NewsHit.class)
                .where(f -> matching(f, filters, viewerIsMember))
                .sort(f -> f.field(ContentIndex.PUBLISHED).desc().then().field(ContentIndex.ID).desc())
                .fetchHits(count));
    }

    private static BooleanPredicateClausesStep<?, ?> matching(SearchPredicateFactory f, Filters filters, boolean viewerIsMember) {
        BooleanPredicateClausesStep<?, ?> all = f.bool().filter(ContentIndex.visibleTo(f, viewerIsMember));
        ContentIndex.filterIfChosen(all, f, NewsItem.NEWS_KIND, filters.kind());
        ContentIndex.filterIfChosen(all, f, ContentIndex.THEMES, filters.themeId());
        ContentIndex.filterIfChosen(all, f, ContentIndex.COUNTRIES, filters.countryIso2());
        ContentIndex.filterIfChosen(all, f, ContentIndex.YEAR, filters.year());
        return all;
    }
}

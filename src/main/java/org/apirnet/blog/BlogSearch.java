package org.apirnet.blog;

import java.util.List;
import java.util.Map;

import org.apirnet.content.ContentIndex;
import org.apirnet.content.IndexSearch;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;

import org.springframework.stereotype.Component;

/** Every list of posts, answered by the search index alone, with the viewer's visibility applied. */
@Component
class BlogSearch {

    static final int PAGE_SIZE = 20;

    private static final AggregationKey<Map<Short, Long>> THEMES = AggregationKey.of(ContentIndex.THEMES);
    private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of(ContentIndex.COUNTRIES);
    private static final AggregationKey<Map<BlogKind, Long>> KINDS = AggregationKey.of(BlogPost.BLOG_KIND);
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of(ContentIndex.YEAR);

    /** Filters, already checked; null means any. */
    record Filters(BlogKind kind, Short themeId, String countryIso2, Integer year) {
        static final Filters NONE = new Filters(null, null, null, null);
    }

    record Facets(Map<BlogKind, Long> kinds, Map<Short, Long> themes, Map<String, Long> countries, Map<Integer, Long> years) {
    }

    record Page(List<BlogHit> hits, long total, Facets facets) {
    }

    private final IndexSearch index;

    BlogSearch(IndexSearch index) {
        this.index = index;
    }

    Page list(Filters filters, int pageIndex, boolean viewerIsMember) {
        return index.query(session -> {
            SearchResult<BlogHit> result = session.search(BlogPost.class)
                    .select(BlogHit.class)
                    .where(f -> matching(f, filters, viewerIsMember))
                    .sort(f -> f.field(ContentIndex.PUBLISHED).desc().then().field(ContentIndex.ID).desc())
                    .aggregation(KINDS, f -> f.terms().field(BlogPost.BLOG_KIND, BlogKind.class).maxTermCount(10))
                    .aggregation(THEMES, f -> f.terms().field(ContentIndex.THEMES, Short.class).maxTermCount(100))
                    .aggregation(COUNTRIES, f -> f.terms().field(ContentIndex.COUNTRIES, String.class).maxTermCount(300))
                    .aggregation(YEARS, f -> f.terms().field(ContentIndex.YEAR, Integer.class).maxTermCount(200))
                    .fetch(pageIndex * PAGE_SIZE, PAGE_SIZE);
            return new Page(result.hits(), result.total().hitCount(), new Facets(result.aggregation(KINDS),
                    result.aggregation(THEMES), result.aggregation(COUNTRIES), result.aggregation(YEARS)));
        });
    }

    List<BlogHit> latest(Filters filters, int count, boolean viewerIsMember) {
        return index.query(session -> session.search(BlogPost.class)
                .select(BlogHit.class)
                .where(f -> matching(f, filters, viewerIsMember))
                .sort(f -> f.field(ContentIndex.PUBLISHED).desc().then().field(ContentIndex.ID).desc())
                .fetchHits(count));
    }

    private static BooleanPredicateClausesStep<?, ?> matching(SearchPredicateFactory f, Filters filters, boolean viewerIsMember) {
        BooleanPredicateClausesStep<?, ?> all = f.bool().filter(ContentIndex.visibleTo(f, viewerIsMember));
        ContentIndex.filterIfChosen(all, f, BlogPost.BLOG_KIND, filters.kind());
        ContentIndex.filterIfChosen(all, f, ContentIndex.THEMES, filters.themeId());
        ContentIndex.filterIfChosen(all, f, ContentIndex.COUNTRIES, filters.countryIso2());
        ContentIndex.filterIfChosen(all, f, ContentIndex.YEAR, filters.year());
        return all;
    }
}

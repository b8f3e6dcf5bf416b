package org.apirnet.forum;

import java.time.Instant;
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
 * Every list of discussions, answered by the search index alone, with the viewer's visibility: open ones (closing
 * soonest first), upcoming ones, the archive with its facets, and the latest synopses. Whether a discussion is open
 * is read from its times against {@code now}, never from a stored stage, so lists are right between schedule runs.
 */
@Component
class DiscussionSearch {

    static final int PAGE_SIZE = 20;
    /** Open and upcoming discussions are few at any time; more than this are not read as a list. */
    static final int CURRENT_LIMIT = 50;

    private static final AggregationKey<Map<Short, Long>> THEMES = AggregationKey.of(ContentIndex.THEMES);
    private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of(ContentIndex.COUNTRIES);
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of(ContentIndex.YEAR);

    /** Filters, already checked; null means any. */
    record Filters(Short themeId, String countryIso2, Integer year) {
        static final Filters NONE = new Filters(null, null, null);
    }

    record Facets(Map<Short, Long> themes, Map<String, Long> countries, Map<Integer, Long> years) {
    }

    record Page(List<DiscussionHit> hits, long total, Facets facets) {
    }

    private final IndexSearch index;

    DiscussionSearch(IndexSearch index) {
        this.index = index;
    }

    /** Open now: opened, not yet closed, synopsis not out; the one closing soonest first. */
    List<DiscussionHit> open(Filters filters, boolean viewerIsMember, Instant now, int limit) {
        return index.query(session -> session.search(Discussion.class)
                .select(DiscussionHit.class)
                .where(f -> matching(f, filters, viewerIsMember)
                        .filter(f.range().field(Discussion.OPENS).atMost(now))
                        .filter(f.range().field(Discussion.CLOSES).greaterThan(now))
                        .mustNot(f.exists().field(Discussion.SYNOPSIS_PUBLISHED)))
                .sort(f -> f.field(Discussion.CLOSES).asc().then().field(ContentIndex.ID).asc())
                .fetchHits(limit));
    }

    List<DiscussionHit> upcoming(Filters filters, boolean viewerIsMember, Instant now, int limit) {
        return index.query(session -> session.search(Discussion.class)
                .select(DiscussionHit.class)
                .where(f -> matching(f, filters, viewerIsMember).filter(f.range().field(Discussion.OPENS).greaterThan(now)))
                .sort(f -> f.field(Discussion.OPENS).asc().then().field(ContentIndex.ID).asc())
                .fetchHits(limit));
    }

    /** Closed discussions, latest closing first, with the facet counts of the whole archive selection. */
    Page archive(Filters filters, int pageIndex, boolean viewerIsMember, Instant now) {
        return index.query(session -> {
            SearchResult<DiscussionHit> result = session.search(Discussion.class)
                    .select(DiscussionHit.class)
                    .where(f -> {
                        BooleanPredicateClausesStep<?, ?> all = matching(f, filters, viewerIsMember);
                        all.filter(f.bool().should(f.range().field(Discussion.CLOSES).atMost(now))
                                .should(f.exists().field(Discussion.SYNOPSIS_PUBLISHED)));
                        ContentIndex.filterIfChosen(all, f, ContentIndex.YEAR, filters.year());
                        return all;
                    })
                    .sort(f -> f.field(Discussion.CLOSES).desc().then().field(ContentIndex.ID).desc())
                    .aggregation(THEMES, f -> f.terms().field(ContentIndex.THEMES, Short.class).maxTermCount(100))
                    .aggregation(COUNTRIES, f -> f.terms().field(ContentIndex.COUNTRIES, String.class).maxTermCount(300))
                    .aggregation(YEARS, f -> f.terms().field(ContentIndex.YEAR, Integer.class).maxTermCount(100))
                    .fetch(pageIndex * PAGE_SIZE, PAGE_SIZE);
            return new Page(result.hits(), result.total().hitCount(),
                    new Facets(result.aggregation(THEMES), result.aggregation(COUNTRIES), result.aggregation(YEARS)));
        });
    }

    /** The newest published synopses of a theme, a country or of all. */
    List<DiscussionHit> latestSynopses(Filters filters, boolean viewerIsMember, int limit) {
        return index.query(session -> session.search(Discussion.class)
                .select(DiscussionHit.class)
                .where(f -> matching(f, filters, viewerIsMember).filter(f.exists().field(Discussion.SYNOPSIS_PUBLISHED)))
                .sort(f -> f.field(Discussion.SYNOPSIS_PUBLISHED).desc().then().field(ContentIndex.ID).desc())
                .fetchHits(limit));
    }

    private BooleanPredicateClausesStep<?, ?> matching(SearchPredicateFactory f, Filters filters, boolean viewerIsMember) {
        BooleanPredicateClausesStep<?, ?> all = f.bool().filter(ContentIndex.visibleTo(f, viewerIsMember));
        ContentIndex.filterIfChosen(all, f, ContentIndex.THEMES, filters.themeId());
        ContentIndex.filterIfChosen(all, f, ContentIndex.COUNTRIES, filters.countryIso2());
        return all;
    }
}

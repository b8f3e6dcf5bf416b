package org.apirnet.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apirnet.content.ContentIndex;
import org.apirnet.content.IndexSearch;
import org.apirnet.content.Visibility;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;

import org.springframework.stereotype.Component;

/**
 * Every list of events, answered by the search index alone: upcoming (soonest first) and past (latest first) with
 * facet counts, a month of the calendar, the next events of a theme or country, and the iCalendar feed. No SQL runs,
 * so no list grows in cost with the number of events; each applies the viewer's visibility.
 */
@Component
class EventSearch {

    static final int PAGE_SIZE = 20;
    /** A month never shows more; a month with more events than this is not one people read as a calendar. */
    static final int MONTH_LIMIT = 500;
    /** The feed's most entries: calendar clients poll it, so it stays bounded. */
    static final int FEED_LIMIT = 1_000;

    private static final AggregationKey<Map<Short, Long>> THEMES = AggregationKey.of(ContentIndex.THEMES);
    private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of(ContentIndex.COUNTRIES);
    private static final AggregationKey<Map<EventType, Long>> TYPES = AggregationKey.of(Event.TYPE);

    /** Filters, already checked; null means any. */
    record Filters(Short themeId, String countryIso2, EventType type) {
        static final Filters NONE = new Filters(null, null, null);
    }

    enum When { UPCOMING, PAST }

    record Facets(Map<Short, Long> themes, Map<String, Long> countries, Map<EventType, Long> types) {
    }

    record Page(List<EventHit> hits, long total, Facets facets) {
    }

    private final IndexSearch index;

    EventSearch(IndexSearch index) {
        this.index = index;
    }

    /** A page of upcoming (not yet ended) or past events with the facet counts of the whole selection. */
    Page list(Filters filters, When when, int pageIndex, boolean viewerIsMember, Instant now) {
        return index.query(session -> {
            SearchResult<EventHit> result = session.search(Event.class)
                    .select(EventHit.class)
                    .where(f -> {
                        BooleanPredicateClausesStep<?, ?> all = matching(f, filters, viewerIsMember);
                        all.filter(when == When.UPCOMING ? f.range().field(Event.ENDS).atLeast(now)
                                : f.range().field(Event.ENDS).lessThan(now));
                        return all;
                    })
                    .sort(f -> when == When.UPCOMING
                            ? f.field(Event.STARTS).asc().then().field(ContentIndex.ID).asc()
                            : f.field(Event.STARTS).desc().then().field(ContentIndex.ID).desc())
                    .aggregation(THEMES, f -> f.terms().field(ContentIndex.THEMES, Short.class).maxTermCount(100))
                    .aggregation(COUNTRIES, f -> f.terms().field(ContentIndex.COUNTRIES, String.class).maxTermCount(300))
                    .aggregation(TYPES, f -> f.terms().field(Event.TYPE, EventType.class).maxTermCount(20))
                    .fetch(pageIndex * PAGE_SIZE, PAGE_SIZE);
            return new Page(result.hits(), result.total().hitCount(),
                    new Facets(result.aggregation(THEMES), result.aggregation(COUNTRIES), result.aggregation(TYPES)));
        });
    }

    /** Events overlapping [from, until), soonest first, with the facet counts of that period. */
    Page between(Filters filters, Instant from, Instant until, boolean viewerIsMember) {
        return index.query(session -> {
            SearchResult<EventHit> result = session.search(Event.class)
                    .select(EventHit.class)
                    .where(f -> {
                        BooleanPredicateClausesStep<?, ?> all = matching(f, filters, viewerIsMember);
                        all.filter(f.range().field(Event.STARTS).lessThan(until));
                        all.filter(f.range().field(Event.ENDS).atLeast(from));
                        return all;
                    })
                    .sort(f -> f.field(Event.STARTS).asc().then().field(ContentIndex.ID).asc())
                    .aggregation(THEMES, f -> f.terms().field(ContentIndex.THEMES, Short.class).maxTermCount(100))
                    .aggregation(COUNTRIES, f -> f.terms().field(ContentIndex.COUNTRIES, String.class).maxTermCount(300))
                    .aggregation(TYPES, f -> f.terms().field(Event.TYPE, EventType.class).maxTermCount(20))
                    .fetch(MONTH_LIMIT);
            return new Page(result.hits(), result.total().hitCount(),
                    new Facets(result.aggregation(THEMES), result.aggregation(COUNTRIES), result.aggregation(TYPES)));
        });
    }

    /** The next few events (not yet ended) the viewer may see, of a theme or a country or of all. */
    List<EventHit> next(Filters filters, int count, boolean viewerIsMember, Instant now) {
        return index.query(session -> session.search(Event.class)
                .select(EventHit.class)
                .where(f -> matching(f, filters, viewerIsMember).filter(f.range().field(Event.ENDS).atLeast(now))
                        .mustNot(f.match().field(Event.CANCELLED).matching(true)))
                .sort(f -> f.field(Event.STARTS).asc().then().field(ContentIndex.ID).asc())
                .fetchHits(count));
    }

    /**
     * The visitors' feed: public published events ending after {@code since}, soonest first. Members-only events are
     * never in it, whoever asks, because a feed URL is shared and polled without a session.
     */
    List<EventHit> feed(Filters filters, Instant since) {
        return index.query(session -> session.search(Event.class)
                .select(EventHit.class)
                .where(f -> matching(f, filters, false).filter(f.match().field(ContentIndex.VISIBILITY).matching(Visibility.PUBLIC))
                        .filter(f.range().field(Event.ENDS).atLeast(since)))
                .sort(f -> f.field(Event.STARTS).asc().then().field(ContentIndex.ID).asc())
                .fetchHits(FEED_LIMIT));
    }

    private BooleanPredicateClausesStep<?, ?> matching(SearchPredicateFactory f, Filters filters, boolean viewerIsMember) {
        BooleanPredicateClausesStep<?, ?> all = f.bool().filter(ContentIndex.visibleTo(f, viewerIsMember));
        ContentIndex.filterIfChosen(all, f, ContentIndex.THEMES, filters.themeId());
        ContentIndex.filterIfChosen(all, f, ContentIndex.COUNTRIES, filters.countryIso2());
        ContentIndex.filterIfChosen(all, f, Event.TYPE, filters.type());
        return all;
    }

}

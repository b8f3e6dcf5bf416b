package org.apirnet.library;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apirnet.content.ContentIndex;
import org.apirnet.content.IndexSearch;
import org.apirnet.content.SearchWords;
import org.apirnet.content.SearchWordsParser;
import org.apirnet.platform.ChangeAwareCache;
import org.apirnet.platform.DataChanges;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;

import org.springframework.stereotype.Component;

/**
 * Every list of resources the library shows, answered by the search index: browsing with filters and facet counts,
 * the newest resources of a theme or country, related resources. Each is one index query whose cost does not grow
 * with the number of rows in the database, and each applies the viewer's visibility, so members-only resources
 * never reach visitors in lists, counts or facets.
 */
@Component
class LibrarySearch {

    static final int PAGE_SIZE = 20;

    private static final AggregationKey<Map<Short, Long>> THEMES = AggregationKey.of(ContentIndex.THEMES);
    private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of(ContentIndex.COUNTRIES);
    private static final AggregationKey<Map<Short, Long>> TYPES = AggregationKey.of(ContentIndex.RESOURCE_TYPE);
    private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of(ContentIndex.LANGUAGE);
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of(ContentIndex.YEAR);

    /** Browse filters, already validated; null means "any". */
    /** What narrows a list; {@code words} (blank: none) are matched as the site search matches them. */
    record Filters(Short themeId, String countryIso2, Short typeId, String language, Integer year, String words) {

        static final Filters NONE = new Filters(null, null, null, null, null, null);

        boolean hasWords() {
            return words != null && !words.isBlank();
        }

        static Filters theme(short themeId) {
            return new Filters(themeId, null, null, null, null, null);
        }

        static Filters country(String iso2) {
            return new Filters(null, iso2, null, null, null, null);
        }
    }

    /** How many visible resources carry each value, given the filters already chosen (values with none left out). */
    record Facets(Map<Short, Long> themes, Map<String, Long> countries, Map<Short, Long> types, Map<String, Long> languages,
                  Map<Integer, Long> years) {

        static final Facets NONE = new Facets(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** One page of a list, with the total and facets of the whole selection. */
    record Page(List<ResourceHit> hits, long total, int index, Facets facets) {
    }

    /** What a selection holds in all: the basis of its count, facets and pager. */
    private record Selection(long total, Facets facets) {
    }

    private record SelectionKey(Filters filters, boolean viewerIsMember) {
    }

    private record PageKey(Filters filters, boolean viewerIsMember, int index, int size) {
    }

    private record RelatedKey(long resourceId, Set<Short> themeIds, Set<String> countryIso2s, int count, boolean viewerIsMember) {
    }

    private final IndexSearch index;
    private final SearchWordsParser wordsParser;
    // Answers are the same for every viewer of one visibility level, so they are kept until the next change; counting
    // facets over the whole library is the costly part of a list, and it does not depend on the page.
    private final ChangeAwareCache<SelectionKey, Selection> selections;
    private final ChangeAwareCache<PageKey, List<ResourceHit>> pages;
    private final ChangeAwareCache<SelectionKey, Long> counts;
    private final ChangeAwareCache<SelectionKey, Map<String, Long>> themeCountries;
    private final ChangeAwareCache<RelatedKey, List<ResourceHit>> relatedHits;

    LibrarySearch(IndexSearch index, SearchWordsParser wordsParser, DataChanges changes) {
        this.index = index;
        this.wordsParser = wordsParser;
        Duration timeToLive = Duration.ofMinutes(10);
        this.selections = new ChangeAwareCache<>(changes, 1_000, timeToLive);
        this.pages = new ChangeAwareCache<>(changes, 1_000, timeToLive);
        this.counts = new ChangeAwareCache<>(changes, 5_000, timeToLive);
        this.themeCountries = new ChangeAwareCache<>(changes, 500, timeToLive);
        this.relatedHits = new ChangeAwareCache<>(changes, 2_000, timeToLive);
    }

    /** A page of published resources the viewer may see, newest first, with the facet counts of the whole selection. */
    Page browse(Filters filters, int pageIndex, boolean viewerIsMember) {
        Selection selection = selections.get(new SelectionKey(filters, viewerIsMember), this::select);
        if ((long) pageIndex * PAGE_SIZE >= selection.total()) {
            return new Page(List.of(), selection.total(), pageIndex, selection.facets());
        }
        List<ResourceHit> hits = pages.get(new PageKey(filters, viewerIsMember, pageIndex, PAGE_SIZE), this::fetchPage);
        return new Page(hits, selection.total(), pageIndex, selection.facets());
    }

    /** The newest visible resources matching the filters, and how many there are in all. */
    Page newest(Filters filters, int count, boolean viewerIsMember) {
        List<ResourceHit> hits = pages.get(new PageKey(filters, viewerIsMember, 0, count), this::fetchPage);
        long total = counts.get(new SelectionKey(filters, viewerIsMember), this::count);
        return new Page(hits, total, 0, Facets.NONE);
    }

    /** Visible resources of a theme, counted per country (most first): "this theme in that country" is one click. */
    Map<String, Long> countriesOfTheme(short themeId, boolean viewerIsMember) {
        return themeCountries.get(new SelectionKey(Filters.theme(themeId), viewerIsMember), key -> index.query(session ->
                session.search(Resource.class)
                        .where(f -> matching(f, key.filters(), key.viewerIsMember()))
                        .aggregation(COUNTRIES, f -> f.terms().field(ContentIndex.COUNTRIES, String.class).maxTermCount(300))
                        .fetch(0)
                        .aggregation(COUNTRIES)));
    }

    /**
     * Visible resources sharing the most themes and countries with the given one (each shared tag counts one), newest
     * first among equals.
     */
    List<ResourceHit> related(long resourceId, Set<Short> themeIds, Set<String> countryIso2s, int count, boolean viewerIsMember) {
        if (themeIds.isEmpty() && countryIso2s.isEmpty()) {
            return List.of();
        }
        return relatedHits.get(new RelatedKey(resourceId, themeIds, countryIso2s, count, viewerIsMember), this::fetchRelated);
    }

    /** The count and facets of a selection: one pass over it, no hits. */
    private Selection select(SelectionKey key) {
        return index.query(session -> {
            SearchResult<Resource> result = session.search(Resource.class)
                    .where(f -> matching(f, key.filters(), key.viewerIsMember()))
                    .aggregation(THEMES, f -> f.terms().field(ContentIndex.THEMES, Short.class).maxTermCount(100))
                    .aggregation(COUNTRIES, f -> f.terms().field(ContentIndex.COUNTRIES, String.class).maxTermCount(300))
                    .aggregation(TYPES, f -> f.terms().field(ContentIndex.RESOURCE_TYPE, Short.class).maxTermCount(100))
                    .aggregation(LANGUAGES, f -> f.terms().field(ContentIndex.LANGUAGE, String.class).maxTermCount(100))
                    .aggregation(YEARS, f -> f.terms().field(ContentIndex.YEAR, Integer.class).maxTermCount(300))
                    .fetch(0);
            return new Selection(result.total().hitCount(), new Facets(result.aggregation(THEMES), result.aggregation(COUNTRIES),
                    result.aggregation(TYPES), result.aggregation(LANGUAGES), result.aggregation(YEARS)));
        });
    }

    /** The count alone, for blocks that show no facets. */
    private long count(SelectionKey key) {
        return index.query(session -> session.search(Resource.class)
                .where(f -> matching(f, key.filters(), key.viewerIsMember())).fetchTotalHitCount());
    }

    /** Newest first; with words, best match first (newest first among equals). */
    private List<ResourceHit> fetchPage(PageKey key) {
        boolean byRelevance = key.filters().hasWords();
        return index.query(session -> session.search(Resource.class)
                .select(ResourceHit.class)
                .where(f -> matching(f, key.filters(), key.viewerIsMember()))
                .sort(f -> byRelevance
                        ? f.score().then().field(ContentIndex.PUBLISHED).desc().missing().last().then().field(ContentIndex.ID).desc()
                        : f.field(ContentIndex.PUBLISHED).desc().missing().last().then().field(ContentIndex.ID).desc())
                .fetchHits(key.index() * key.size(), key.size()));
    }

    private List<ResourceHit> fetchRelated(RelatedKey key) {
        long resourceId = key.resourceId();
        Set<Short> themeIds = key.themeIds();
        Set<String> countryIso2s = key.countryIso2s();
        boolean viewerIsMember = key.viewerIsMember();
        int count = key.count();
        return index.query(session -> session.search(Resource.class)
                .select(ResourceHit.class)
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> shared = f.bool();
                    themeIds.forEach(theme -> shared.should(f.match().field(ContentIndex.THEMES).matching(theme).constantScore()));
                    countryIso2s.forEach(code -> shared.should(f.match().field(ContentIndex.COUNTRIES).matching(code).constantScore()));
                    return f.bool()
                            .must(shared)
                            .filter(ContentIndex.visibleTo(f, viewerIsMember))
                            .mustNot(f.id().matching(resourceId));
                })
                .sort(f -> f.score().then().field(ContentIndex.PUBLISHED).desc().missing().last().then().field(ContentIndex.ID).desc())
                .fetchHits(count));
    }

    private PredicateFinalStep matching(SearchPredicateFactory f, Filters filters, boolean viewerIsMember) {
        BooleanPredicateClausesStep<?, ?> all = f.bool().filter(ContentIndex.visibleTo(f, viewerIsMember));
        ContentIndex.filterIfChosen(all, f, ContentIndex.THEMES, filters.themeId());
        ContentIndex.filterIfChosen(all, f, ContentIndex.COUNTRIES, filters.countryIso2());
        ContentIndex.filterIfChosen(all, f, ContentIndex.RESOURCE_TYPE, filters.typeId());
        ContentIndex.filterIfChosen(all, f, ContentIndex.LANGUAGE, filters.language());
        ContentIndex.filterIfChosen(all, f, ContentIndex.YEAR, filters.year());
        if (filters.hasWords()) {
            SearchWords words = wordsParser.parse(filters.words());
            if (!words.clauses().isEmpty()) {
                all.must(words.predicate(f, false));
            }
        }
        return all;
    }
}

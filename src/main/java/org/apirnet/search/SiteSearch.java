package org.apirnet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apirnet.content.ContentIndex;
import org.apirnet.content.IndexSearch;
import org.apirnet.content.IndexedKind;
import org.apirnet.content.SearchWords;
import org.apirnet.content.SearchWordsParser;
import org.apirnet.platform.ChangeAwareCache;
import org.apirnet.platform.DataChanges;
import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Service;

/**
 * Searches every kind of content a module declares ({@link IndexedKind}), themes and countries, knowing none of those
 * modules. Content kinds share the fields of {@link ContentIndex}: a query matches the title and one text field (the
 * summary, body and file text together), is filtered by what the viewer may see, and counts its facets in the same
 * pass. Everything is answered by the index: no SQL.
 */
@Service
public class SiteSearch {

    public static final int MAX_QUERY_LENGTH = ContentIndex.MAX_WORDS_LENGTH;
    static final int PAGE_SIZE = 20;
    /** Fifty pages of a relevance list is more than anyone reads; past it, the filters narrow better. */
    static final int MAX_PAGE_INDEX = 49;
    static final int MAX_RESULTS = (MAX_PAGE_INDEX + 1) * PAGE_SIZE;
    private static final int REFERENCE_HITS = 6;
    /** Words a spelling correction is looked for: Latin letters, short enough for an edit automaton. */
    private static final java.util.regex.Pattern CORRECTABLE = java.util.regex.Pattern.compile("\\p{IsLatin}{3,30}");
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SiteSearch.class);

    private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of(ContentIndex.KIND);
    private static final AggregationKey<Map<Short, Long>> THEMES = AggregationKey.of(ContentIndex.THEMES);
    private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of(ContentIndex.COUNTRIES);
    private static final AggregationKey<Map<String, Long>> SUBREGIONS = AggregationKey.of(ContentIndex.SUBREGIONS);
    private static final AggregationKey<Map<Short, Long>> TYPES = AggregationKey.of(ContentIndex.RESOURCE_TYPE);
    private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of(ContentIndex.LANGUAGE);
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of(ContentIndex.YEAR);

    private final IndexSearch index;
    private final SearchWordsParser parser;
    private final Taxonomy taxonomy;
    private final Map<String, IndexedKind> kinds;
    private final List<Class<?>> contentTypes;
    /** Searches answered since the last change, by what was asked and who may see what. */
    private final ChangeAwareCache<AnswerKey, SearchResults> answers;
    /** Counts and facets of selections, shared by their pages and orders. */
    private final ChangeAwareCache<SelectionKey, Selection> selections;
    /** Items per theme, by viewer kind (member or not): what "popular themes" are, kept until the next change. */
    private final ChangeAwareCache<Boolean, Map<Short, Long>> themeCounts;

    SiteSearch(IndexSearch index, SearchWordsParser parser, Taxonomy taxonomy, List<IndexedKind> kinds, DataChanges changes,
               SearchProperties properties) {
        this.index = index;
        this.answers = new ChangeAwareCache<>(changes, properties.cachedResults(), properties.cacheTimeToLive());
        this.selections = new ChangeAwareCache<>(changes, properties.cachedResults(), properties.cacheTimeToLive());
        this.themeCounts = new ChangeAwareCache<>(changes, 2, Duration.ofMinutes(10));
        this.parser = parser;
        this.taxonomy = taxonomy;
        this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(IndexedKind::key, Function.identity()));
        this.contentTypes = kinds.stream().<Class<?>>map(IndexedKind::entityType).toList();
    }

    /** The kinds of content search covers, by key. */
    Map<String, IndexedKind> kinds() {
        return kinds;
    }

    /**
     * One page of what matches, best (or newest) first, with the facet counts of the whole selection. Content is
     * found only when published and visible to the viewer: members see members-only items, visitors never.
     */
    public SearchResults search(SearchRequest request, boolean viewerIsMember) {
        String typed = request.query() == null ? "" : request.query().strip();
        if (typed.isEmpty()) {
            return SearchResults.nothing(request, SearchResults.Outcome.EMPTY);
        }
        if (typed.length() > MAX_QUERY_LENGTH) {
            return SearchResults.nothing(request, SearchResults.Outcome.TOO_LONG);
        }
        SearchWords words = parser.parse(typed);
        if (!words.asksForAnything()) {
            return SearchResults.nothing(request, SearchResults.Outcome.NOTHING_TO_SEARCH);
        }
        SearchRequest asked = request.withQuery(typed);
        return answers.get(new AnswerKey(asked, viewerIsMember), key -> answer(key.request(), words, key.viewerIsMember()));
    }

    private SearchResults answer(SearchRequest request, SearchWords words, boolean viewerIsMember) {
        return index.query(session -> {
            if (request.pageIndex() > MAX_PAGE_INDEX) {
                // Past the pages offered: "there is no such page" when the results are fewer, else "narrow it down".
                long total = session.search(contentTypes).where(f -> matching(f, request, words, false, viewerIsMember))
                        .totalHitCountThreshold(MAX_RESULTS + 1).fetch(0).total().hitCountLowerBound();
                return total > MAX_RESULTS ? SearchResults.nothing(request, SearchResults.Outcome.TOO_DEEP)
                        : new SearchResults(request, SearchResults.Outcome.FOUND, List.of(), List.of(), total,
                        SearchResults.Facets.NONE, false, null);
            }
            List<SearchHit> references = request.pageIndex() == 0 && !hasFilters(request) ? references(session, words) : List.of();
            Found found = find(session, request, words, false, viewerIsMember);
            boolean similarWords = false;
            if (found.total() == 0 && !words.wordsAskedFor().isEmpty()) {
                found = find(session, request, words, true, viewerIsMember);
                similarWords = found.total() > 0;
            }
            String didYouMean = found.total() == 0 || similarWords ? didYouMean(session, request, words, viewerIsMember) : null;
            return new SearchResults(request, SearchResults.Outcome.FOUND, found.hits(), references, found.total(), found.facets(),
                    similarWords, didYouMean);
        });
    }

    private record Found(List<SearchHit> hits, long total, SearchResults.Facets facets) {
    }

    private record AnswerKey(SearchRequest request, boolean viewerIsMember) {
    }

    /** What a search matches in all, whatever the page and order. */
    private record Selection(long total, SearchResults.Facets facets) {
    }

    private record SelectionKey(SearchRequest request, boolean tolerateTypos, boolean viewerIsMember) {
    }

    private Found find(SearchSession session, SearchRequest request, SearchWords words, boolean tolerateTypos, boolean viewerIsMember) {
        // The count and facets of a selection do not depend on the page or the order: turning pages or sorting by
        // date reuses them, and only the page's hits are looked up again.
        Selection selection = selections.get(new SelectionKey(request.selection(), tolerateTypos, viewerIsMember),
                key -> select(session, key.request(), words, key.tolerateTypos(), key.viewerIsMember()));
        int from = request.pageIndex() * PAGE_SIZE;
        if (from >= selection.total()) {
            return new Found(List.of(), selection.total(), selection.facets());
        }
        List<List<?>> rows = session.search(contentTypes)
                .select(f -> f.composite().from(
                        f.field(ContentIndex.KIND, String.class),
                        f.id(Long.class),
                        f.field(ContentIndex.TITLE, String.class),
                        f.highlight(ContentIndex.TEXT).single(),
                        f.field(ContentIndex.PUBLISHED, Instant.class),
                        f.field(ContentIndex.YEAR, Integer.class),
                        f.field(ContentIndex.THEMES, Short.class).list(),
                        f.field(ContentIndex.COUNTRIES, String.class).list(),
                        f.field(ContentIndex.LANGUAGE, String.class),
                        f.field(ContentIndex.SUMMARY, String.class)).asList())
                .where(f -> matching(f, request, words, tolerateTypos, viewerIsMember))
                .sort(f -> request.byDate()
                        ? f.field(ContentIndex.PUBLISHED).desc().missing().last().then().field(ContentIndex.ID).desc()
                        : f.score().then().field(ContentIndex.PUBLISHED).desc().missing().last().then().field(ContentIndex.ID).desc())
                // The best passage around the matches, from the term vectors; without a match in the text (the title
                // matched) the summary stands in.
                .highlighter(h -> h.fastVector().tag(Highlights.OPEN, Highlights.CLOSE).fragmentSize(Highlights.SNIPPET_LENGTH)
                        .numberOfFragments(1))
                .totalHitCountThreshold(from + PAGE_SIZE) // the total is the selection's: Lucene may skip what cannot reach the page
                .fetchHits(from, PAGE_SIZE);
        java.util.Set<String> terms = words.termsAskedFor();
        List<SearchHit> hits = rows.stream().map(row -> toHit(row, terms)).filter(Objects::nonNull).toList();
        return new Found(hits, selection.total(), selection.facets());
    }

    /** How many items match and how many of them carry each facet value: one pass over the whole selection. */
    private Selection select(SearchSession session, SearchRequest request, SearchWords words, boolean tolerateTypos,
                             boolean viewerIsMember) {
        boolean oneKind = kinds.size() == 1; // then every match is of that kind: nothing to count
        var query = session.search(contentTypes)
                .where(f -> matching(f, request, words, tolerateTypos, viewerIsMember))
                .aggregation(THEMES, f -> f.terms().field(ContentIndex.THEMES, Short.class).maxTermCount(100))
                .aggregation(COUNTRIES, f -> f.terms().field(ContentIndex.COUNTRIES, String.class).maxTermCount(300))
                .aggregation(SUBREGIONS, f -> f.terms().field(ContentIndex.SUBREGIONS, String.class, ValueModel.INDEX).maxTermCount(20))
                .aggregation(TYPES, f -> f.terms().field(ContentIndex.RESOURCE_TYPE, Short.class).maxTermCount(100))
                .aggregation(LANGUAGES, f -> f.terms().field(ContentIndex.LANGUAGE, String.class).maxTermCount(100))
                .aggregation(YEARS, f -> f.terms().field(ContentIndex.YEAR, Integer.class).maxTermCount(300));
        if (!oneKind) {
            query = query.aggregation(KINDS, f -> f.terms().field(ContentIndex.KIND, String.class).maxTermCount(50));
        }
        SearchResult<?> result = query.fetch(0);
        long total = result.total().hitCount();
        Map<String, Long> kindCounts = oneKind
                ? (total == 0 ? Map.of() : Map.of(kinds.keySet().iterator().next(), total))
                : result.aggregation(KINDS);
        return new Selection(total, new SearchResults.Facets(kindCounts, result.aggregation(THEMES), result.aggregation(COUNTRIES),
                result.aggregation(SUBREGIONS), result.aggregation(TYPES), result.aggregation(LANGUAGES), result.aggregation(YEARS)));
    }

    private static PredicateFinalStep matching(SearchPredicateFactory f, SearchRequest request, SearchWords words,
                                               boolean tolerateTypos, boolean viewerIsMember) {
        BooleanPredicateClausesStep<?, ?> all = f.bool()
                .must(words.predicate(f, tolerateTypos))
                .filter(ContentIndex.visibleTo(f, viewerIsMember));
        ContentIndex.filterIfChosen(all, f, ContentIndex.KIND, request.kind());
        ContentIndex.filterIfChosen(all, f, ContentIndex.THEMES, request.themeId());
        ContentIndex.filterIfChosen(all, f, ContentIndex.COUNTRIES, request.countryIso2());
        if (request.subregion() != null) { // indexed through a bridge from the country: matched as indexed
            all.filter(f.match().field(ContentIndex.SUBREGIONS).matching(request.subregion().name(), ValueModel.INDEX));
        }
        ContentIndex.filterIfChosen(all, f, ContentIndex.RESOURCE_TYPE, request.typeId());
        ContentIndex.filterIfChosen(all, f, ContentIndex.LANGUAGE, request.language());
        ContentIndex.filterIfChosen(all, f, ContentIndex.YEAR, request.year());
        return all;
    }

    private static boolean hasFilters(SearchRequest request) {
        return request.kind() != null || request.themeId() != null || request.countryIso2() != null || request.subregion() != null
                || request.typeId() != null || request.language() != null || request.year() != null;
    }

    /** A hit from its projected fields; the title is marked here (it is short), where it has the words asked for. */
    @SuppressWarnings("unchecked")
    private SearchHit toHit(List<?> row, java.util.Set<String> terms) {
        IndexedKind kind = kinds.get((String) row.get(0));
        if (kind == null) {
            return null;
        }
        long id = (Long) row.get(1);
        String title = (String) row.get(2);
        String textHighlight = (String) row.get(3);
        Map<Short, Theme> themes = taxonomy.themesById();
        Map<String, Country> countries = taxonomy.countriesByIso2();
        List<String> themeNames = ((List<Short>) row.get(6)).stream().map(themes::get).filter(Objects::nonNull)
                .map(Theme::getName).sorted().toList();
        List<String> countryNames = ((List<String>) row.get(7)).stream().map(countries::get).filter(Objects::nonNull)
                .map(Country::getName).sorted().toList();
        String snippet = textHighlight != null ? Highlights.snippetHtml(textHighlight)
                : Highlights.snippetHtml(Highlights.withoutMarks((String) row.get(9)));
        return new SearchHit(kind.labelKey(), Highlights.mark(title, parser.offsetsOf(title, terms)), kind.pathOf(id), snippet,
                (Instant) row.get(4), (Integer) row.get(5), themeNames, countryNames, (String) row.get(8));
    }

    /** The themes with the most items the viewer may see, most first: where to start when a search finds nothing. */
    public List<Theme> popularThemes(int count, boolean viewerIsMember) {
        Map<Short, Long> counts = themeCounts.get(viewerIsMember, member -> index.query(session -> session.search(contentTypes)
                .where(f -> ContentIndex.visibleTo(f, member))
                .aggregation(THEMES, f -> f.terms().field(ContentIndex.THEMES, Short.class).maxTermCount(100))
                .fetch(0).aggregation(THEMES)));
        Map<Short, Theme> themes = taxonomy.themesById();
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Short, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> themes.get(entry.getKey())).filter(Objects::nonNull).limit(count).toList();
    }

    /** How many titles are suggested as one types. */
    static final int SUGGESTIONS = 8;

    /** A title suggested as one types, and where it links. */
    public record Suggestion(String title, String url) {
    }

    /**
     * Titles of items the viewer may see whose words start with what has been typed (every word typed, the last one
     * perhaps unfinished), best match first: a shortcut to an item, not a search.
     */
    public List<Suggestion> suggest(String typed, boolean viewerIsMember) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < 2 || text.length() > MAX_QUERY_LENGTH) {
            return List.of();
        }
        List<String> prefixes = parser.words(text).stream().limit(8).toList();
        if (prefixes.isEmpty()) {
            return List.of();
        }
        return index.query(session -> session.search(contentTypes)
                .select(f -> f.composite().from(f.field(ContentIndex.KIND, String.class), f.id(Long.class),
                        f.field(ContentIndex.TITLE, String.class)).asList())
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> all = f.bool().filter(ContentIndex.visibleTo(f, viewerIsMember));
                    prefixes.forEach(prefix -> all.must(f.match().field(ContentIndex.TITLE_PREFIXES).matching(prefix).skipAnalysis()));
                    return all;
                })
                .sort(f -> f.score().then().field(ContentIndex.PUBLISHED).desc().missing().last().then().field(ContentIndex.ID).desc())
                .fetchHits(SUGGESTIONS).stream()
                .map(row -> {
                    IndexedKind kind = kinds.get((String) row.get(0));
                    return kind == null ? null : new Suggestion((String) row.get(2), kind.pathOf((Long) row.get(1)));
                })
                .filter(Objects::nonNull).toList());
    }

    /** Themes and countries whose name (or a theme's description) has the words: where a reader may go next. */
    private List<SearchHit> references(SearchSession session, SearchWords words) {
        return session.search(List.of(Theme.class, Country.class))
                .select(f -> f.entityReference())
                .where(f -> words.predicate(f, false))
                .fetchHits(REFERENCE_HITS).stream().map(this::toReference).filter(Objects::nonNull).toList();
    }

    private SearchHit toReference(EntityReference ref) {
        if (ref.type() == Theme.class) {
            Theme theme = taxonomy.themesById().get((Short) ref.id());
            return theme == null ? null : SearchHit.reference("search.kind.theme", theme.getName(), "/themes/" + theme.getSlug(),
                    theme.getDescription());
        }
        Country country = taxonomy.countriesByIso2().get(String.valueOf(ref.id()));
        return country == null ? null : SearchHit.reference("search.kind.country", country.getName(),
                "/countries/" + country.getSlug(), country.getSubregion().displayName());
    }

    /**
     * The query with each word that is in no title or summary the viewer may read replaced by the closest one that is
     * (two edits at most), offered only when that query finds something the viewer may see. The vocabulary is the
     * viewer's own ({@link ContentIndex#SPELLING_PUBLIC} or {@link ContentIndex#SPELLING_MEMBERS}), so whether a word
     * is known, and what it is corrected to, never depends on items the viewer may not read.
     */
    private String didYouMean(SearchSession session, SearchRequest request, SearchWords words, boolean viewerIsMember) {
        List<SearchWords.Clause> plainWords = words.wordsAskedFor();
        if (plainWords.isEmpty()) {
            return null;
        }
        String field = viewerIsMember ? ContentIndex.SPELLING_MEMBERS : ContentIndex.SPELLING_PUBLIC;
        Map<String, String> corrections = new java.util.HashMap<>();
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(2);
        try (IndexReader reader = session.scope(contentTypes).extension(LuceneExtension.get()).openIndexReader()) {
            for (SearchWords.Clause clause : plainWords) {
                List<String> folded = parser.words(clause.typed());
                // Long words make Lucene's edit automaton too large to build; words of other scripts are corrected
                // badly by edit distance (one edit changes a Chinese word entirely).
                if (folded.size() != 1 || !CORRECTABLE.matcher(folded.getFirst()).matches()) {
                    continue;
                }
                SuggestWord[] suggestions = checker.suggestSimilar(new Term(field, folded.getFirst()), 1, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (suggestions.length > 0) {
                    corrections.put(clause.typed(), suggestions[0].string);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the search index", e);
        } catch (RuntimeException e) {
            log.warn("No spelling correction for \"{}\": {}", words.typed(), e.toString());
            return null; // a correction is a courtesy; the page answers without one
        }
        if (corrections.isEmpty()) {
            return null;
        }
        String corrected = words.withWordsReplaced(corrections);
        SearchWords correctedWords = parser.parse(corrected);
        long found = session.search(contentTypes)
                .where(f -> matching(f, request, correctedWords, false, viewerIsMember))
                .fetchTotalHitCount();
        return found > 0 ? corrected : null;
    }
}

package org.apirnet.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apirnet.content.ContentIndex;
import org.apirnet.content.IndexSearch;
import org.apirnet.content.IndexedKind;
import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.engine.search.query.SearchResult;

import org.springframework.stereotype.Service;

/**
 * Searches themes, countries and every kind of content a module declares ({@link IndexedKind}) at once, knowing none
 * of those modules. Content kinds share the field names of {@link ContentIndex}; themes and countries map their text
 * to {@code title}/{@code text}, searched in a query of their own. Each text field exists twice, with English analysis and with ICU segmentation, so one
 * query covers English and the unspaced Asian scripts alike. Everything is answered by the index: no SQL.
 */
@Service
public class SiteSearch {

    public static final int MAX_QUERY_LENGTH = ContentIndex.MAX_WORDS_LENGTH;
    static final int PAGE_SIZE = 20;
    /** Deep paging through a relevance list helps no one and costs memory; past this, refine the query. */
    static final int MAX_PAGE = 49;
    /**
     * Hits are counted exactly up to this many, enough for every page offered; past it the count says "or more". An
     * exact count of a common word visits every matching document; a bounded one lets Lucene skip what cannot reach
     * the page.
     */
    static final int COUNT_THRESHOLD = (MAX_PAGE + 1) * PAGE_SIZE;
    /** Themes and countries are few (18 and 35); a query matches a handful at most. */
    private static final int REFERENCE_HITS = 60;

    /** The text of themes (their description) and countries. */
    private static final String[] REFERENCE_TEXT_FIELDS = {"text", "text_intl"};

    /** What a content hit shows, read from the index. */
    private record ContentSummary(String title, String summary) {
    }

    private final IndexSearch index;
    private final Taxonomy taxonomy;
    private final Map<Class<?>, IndexedKind> kinds;
    private final List<Class<?>> contentTypes;

    SiteSearch(IndexSearch index, Taxonomy taxonomy, List<IndexedKind> kinds) {
        this.index = index;
        this.taxonomy = taxonomy;
        this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(IndexedKind::entityType, Function.identity()));
        this.contentTypes = kinds.stream().<Class<?>>map(IndexedKind::entityType).toList();
    }

    /**
     * Searches with the simple query syntax (quotes, +, -, *), which never fails on malformed input. Content is found
     * only when published and visible to the viewer: members see members-only items, visitors never. Themes and
     * countries that match come first (they are where a reader goes next), then content, best first.
     */
    public SearchResults search(String query, int page, boolean viewerIsMember) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_QUERY_LENGTH) {
            return SearchResults.empty(trimmed, PAGE_SIZE);
        }
        int from = Math.clamp(page, 0, MAX_PAGE) * PAGE_SIZE;
        return index.query(session -> {
            // Reference data and content are searched apart: a filter that lets through documents without a status
            // (themes, countries) across all indexes made every content search visit every document.
            List<SearchHit> references = session.search(List.of(Theme.class, Country.class))
                    .select(f -> f.entityReference())
                    .where(f -> ContentIndex.matchingWords(f, trimmed, REFERENCE_TEXT_FIELDS))
                    .fetchHits(REFERENCE_HITS).stream().map(ref -> toHit(ref, Map.of())).filter(Objects::nonNull).toList();
            List<SearchHit> hits = new ArrayList<>(references.subList(Math.min(from, references.size()),
                    Math.min(from + PAGE_SIZE, references.size())));
            int contentOffset = Math.max(0, from - references.size());
            SearchResult<EntityReference> content = session.search(contentTypes)
                    .select(f -> f.entityReference())
                    .where(f -> f.bool().must(ContentIndex.matchingWords(f, trimmed)).filter(ContentIndex.visibleTo(f, viewerIsMember)))
                    .totalHitCountThreshold(COUNT_THRESHOLD)
                    .fetch(contentOffset, PAGE_SIZE - hits.size());
            Map<Class<?>, Map<Long, ContentSummary>> summaries = new HashMap<>();
            content.hits().stream()
                    .collect(Collectors.groupingBy(EntityReference::type, Collectors.mapping(ref -> (Long) ref.id(), Collectors.toList())))
                    .forEach((type, ids) -> summaries.put(type, summaries(session, type, ids)));
            content.hits().stream().map(ref -> toHit(ref, summaries)).filter(Objects::nonNull).forEach(hits::add);
            boolean exact = content.total().isHitCountExact();
            // Past the threshold Lucene's lower bound depends on the page read; every page says the same instead.
            long contentTotal = exact ? content.total().hitCount() : COUNT_THRESHOLD;
            return new SearchResults(trimmed, hits, references.size() + contentTotal, exact, from / PAGE_SIZE, PAGE_SIZE);
        });
    }

    // Content is matched on title and summary only: bodies, keywords, people and the text of files are in the index
    // too, but every further field multiplies the cost of a common word (measured at 100,000 resources: title and
    // summary about 100 ms a query under load, with bodies and file text 1.8 s); making that fast is the search issue's.

    /** Titles and summaries of one kind's hits, in one index query. */
    private static Map<Long, ContentSummary> summaries(org.hibernate.search.mapper.orm.session.SearchSession session, Class<?> type,
                                                       List<Long> ids) {
        Map<Long, ContentSummary> summaries = new HashMap<>();
        session.search(type)
                .select(f -> f.composite()
                        .from(f.id(Long.class), f.field(ContentIndex.TITLE, String.class), f.field(ContentIndex.SUMMARY, String.class))
                        .asList())
                .where(f -> f.id().matchingAny(ids))
                .fetchHits(ids.size())
                .forEach(row -> summaries.put((Long) row.get(0), new ContentSummary((String) row.get(1), (String) row.get(2))));
        return summaries;
    }

    private SearchHit toHit(EntityReference ref, Map<Class<?>, Map<Long, ContentSummary>> content) {
        Class<?> type = ref.type();
        IndexedKind kind = kinds.get(type);
        if (kind != null) {
            ContentSummary summary = content.getOrDefault(type, Map.of()).get((Long) ref.id());
            return summary == null ? null : new SearchHit(kind.labelKey(), summary.title(), kind.pathOf((Long) ref.id()),
                    summary.summary() == null ? "" : summary.summary());
        }
        if (type == Theme.class) {
            Theme theme = taxonomy.themesById().get((Short) ref.id());
            return theme == null ? null : new SearchHit("search.kind.theme", theme.getName(), "/themes/" + theme.getSlug(),
                    theme.getDescription() == null ? "" : theme.getDescription());
        }
        Country country = taxonomy.countriesByIso2().get(String.valueOf(ref.id()));
        return country == null ? null : new SearchHit("search.kind.country", country.getName(), "/countries/" + country.getSlug(),
                country.getSubregion().displayName());
    }
}

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
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;

import org.springframework.stereotype.Service;

/**
 * Searches themes, countries and every kind of content a module declares ({@link IndexedKind}) at once, knowing none
 * of those modules. Content kinds share the field names of {@link ContentIndex}; themes and countries map their text
 * to {@code title}/{@code text}. Each text field exists twice, with English analysis and with ICU segmentation, so one
 * query covers English and the unspaced Asian scripts alike. Everything is answered by the index: no SQL.
 */
@Service
public class SiteSearch {

    public static final int MAX_QUERY_LENGTH = 200;
    static final int PAGE_SIZE = 20;
    /** Deep paging through a relevance list helps no one and costs memory; past this, refine the query. */
    static final int MAX_PAGE = 49;

    private static final String[] TITLE_FIELDS = {ContentIndex.TITLE, ContentIndex.TITLE_INTL};
    private static final String[] TEXT_FIELDS = {"text", "text_intl", ContentIndex.SUMMARY, ContentIndex.SUMMARY_INTL,
            ContentIndex.BODY, ContentIndex.BODY_INTL, ContentIndex.PEOPLE, ContentIndex.KEYWORDS, ContentIndex.FILE_TEXT,
            ContentIndex.FILE_TEXT_INTL};

    /** What a content hit shows, read from the index. */
    private record ContentSummary(String title, String summary) {
    }

    private final IndexSearch index;
    private final Taxonomy taxonomy;
    private final Map<Class<?>, IndexedKind> kinds;
    private final List<Class<?>> searchedTypes;

    SiteSearch(IndexSearch index, Taxonomy taxonomy, List<IndexedKind> kinds) {
        this.index = index;
        this.taxonomy = taxonomy;
        this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(IndexedKind::entityType, Function.identity()));
        List<Class<?>> types = new ArrayList<>(List.of(Theme.class, Country.class));
        kinds.forEach(kind -> types.add(kind.entityType()));
        this.searchedTypes = List.copyOf(types);
    }

    /**
     * Searches with the simple query syntax (quotes, +, -, *), which never fails on malformed input. Content is found
     * only when published and visible to the viewer: members see members-only items, visitors never.
     */
    public SearchResults search(String query, int page, boolean viewerIsMember) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_QUERY_LENGTH) {
            return SearchResults.empty(trimmed, PAGE_SIZE);
        }
        int safePage = Math.clamp(page, 0, MAX_PAGE);
        return index.query(session -> {
            SearchResult<EntityReference> result = session.search(searchedTypes)
                    .select(f -> f.entityReference())
                    .where(f -> f.bool()
                            .must(f.simpleQueryString()
                                    .fields(TITLE_FIELDS).boost(3.0f)
                                    .fields(TEXT_FIELDS)
                                    .matching(trimmed)
                                    .defaultOperator(BooleanOperator.AND))
                            // Reference data has no status; content must be published and visible to this viewer.
                            .filter(f.bool()
                                    .should(ContentIndex.visibleTo(f, viewerIsMember))
                                    .should(f.not(f.exists().field(ContentIndex.STATUS)))))
                    .fetch(safePage * PAGE_SIZE, PAGE_SIZE);
            Map<Class<?>, Map<Long, ContentSummary>> content = new HashMap<>();
            result.hits().stream()
                    .filter(ref -> kinds.containsKey(ref.type()))
                    .collect(Collectors.groupingBy(ref -> ref.type(), Collectors.mapping(ref -> (Long) ref.id(), Collectors.toList())))
                    .forEach((type, ids) -> content.put(type, summaries(session, type, ids)));
            List<SearchHit> hits = result.hits().stream().map(ref -> toHit(ref, content)).filter(Objects::nonNull).toList();
            return new SearchResults(trimmed, hits, result.total().hitCount(), safePage, PAGE_SIZE);
        });
    }

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

package org.apirnet.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Theme;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches every indexed kind of content at once. Each kind maps its text to the same field names:
 * {@code title}/{@code text} (English analysis) and {@code title_intl}/{@code text_intl} (ICU segmentation),
 * so one query covers English and the unspaced Asian scripts alike.
 */
@Service
@Transactional(readOnly = true)
public class SiteSearch {

    public static final int MAX_QUERY_LENGTH = 200;
    static final int PAGE_SIZE = 20;
    /** Deep paging through a relevance list helps no one and costs memory; past this, refine the query. */
    static final int MAX_PAGE = 49;

    @PersistenceContext
    private EntityManager entityManager;

    /** Searches with the simple query syntax (quotes, +, -, *), which never fails on malformed input. */
    public SearchResults search(String query, int page) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_QUERY_LENGTH) {
            return SearchResults.empty(trimmed, PAGE_SIZE);
        }
        int safePage = Math.clamp(page, 0, MAX_PAGE);
        SearchResult<Object> result = Search.session(entityManager)
                .search(List.of(Theme.class, Country.class))
                .where(f -> f.simpleQueryString()
                        .fields("title", "title_intl").boost(3.0f)
                        .fields("text", "text_intl")
                        .matching(trimmed)
                        .defaultOperator(BooleanOperator.AND))
                .fetch(safePage * PAGE_SIZE, PAGE_SIZE);
        List<SearchHit> hits = result.hits().stream().map(SiteSearch::toHit).toList();
        return new SearchResults(trimmed, hits, result.total().hitCount(), safePage, PAGE_SIZE);
    }

    private static SearchHit toHit(Object entity) {
        return switch (entity) {
            case Theme theme -> new SearchHit("search.kind.theme", theme.getName(), "/themes/" + theme.getSlug(),
                    theme.getDescription() == null ? "" : theme.getDescription());
            case Country country -> new SearchHit("search.kind.country", country.getName(), "/countries/" + country.getSlug(),
                    country.getSubregion().displayName());
            default -> throw new IllegalStateException("No search result view for " + entity.getClass().getName());
        };
    }
}

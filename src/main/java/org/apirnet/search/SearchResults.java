package org.apirnet.search;

import java.util.List;

/**
 * A page of search results.
 *
 * @param query     the query as searched (trimmed)
 * @param hits      this page's hits, best first
 * @param totalHits how many hits there are in all, or at least (when not exact)
 * @param exact     whether {@code totalHits} is the exact count
 * @param page      zero-based page number
 * @param pageSize  hits per page
 */
public record SearchResults(String query, List<SearchHit> hits, long totalHits, boolean exact, int page, int pageSize) {

    public static SearchResults empty(String query, int pageSize) {
        return new SearchResults(query, List.of(), 0, true, 0, pageSize);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < totalHits;
    }

    public long firstHitNumber() {
        return totalHits == 0 ? 0 : (long) page * pageSize + 1;
    }

    public long lastHitNumber() {
        return (long) page * pageSize + hits.size();
    }
}

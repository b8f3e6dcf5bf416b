package org.apirnet.search;

import org.apirnet.taxonomy.Subregion;

/**
 * A search as asked for, every filter already validated (null: any).
 *
 * @param query       the words as typed, trimmed; at most {@link SiteSearch#MAX_QUERY_LENGTH} characters
 * @param kind        an {@link org.apirnet.content.IndexedKind} key
 * @param themeId     a theme
 * @param countryIso2 an upper-case ISO code
 * @param subregion   a subregion
 * @param typeId      a resource type
 * @param language    a language code
 * @param year        the year an item is about
 * @param byDate      newest first rather than best first
 * @param pageIndex   zero-based
 */
public record SearchRequest(String query, String kind, Short themeId, String countryIso2, Subregion subregion, Short typeId,
                            String language, Integer year, boolean byDate, int pageIndex) {

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, null, false, 0);
    }

    public SearchRequest onPage(int index) {
        return new SearchRequest(query, kind, themeId, countryIso2, subregion, typeId, language, year, byDate, index);
    }

    /** The same words and filters, on the first page, best first: what the count and facets depend on. */
    public SearchRequest selection() {
        return new SearchRequest(query, kind, themeId, countryIso2, subregion, typeId, language, year, false, 0);
    }

    public SearchRequest withQuery(String words) {
        return new SearchRequest(words, kind, themeId, countryIso2, subregion, typeId, language, year, byDate, pageIndex);
    }
}

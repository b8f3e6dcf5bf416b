package org.apirnet.content;

import java.util.Collection;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The search document every kind of content shares: the field names each kind maps its properties to (the common
 * ones are mapped once, in {@link ContentItem}), and the filters every query over content applies. A kind that maps
 * these fields is found by site search, listed and counted in facets like every other.
 */
public final class ContentIndex {

    /** The item's id again, as a sortable field: the tie-breaker of every order. */
    public static final String ID = "id_sort";
    public static final String KIND = "kind";
    /** The title, matched first (it counts most) and highlighted in results. */
    public static final String TITLE = "title";
    public static final String TITLE_SORT = "title_sort";
    /** Every prefix of the title's words: suggestions as one types. */
    public static final String TITLE_PREFIXES = "title_prefixes";
    /** Shown in lists; its words are searched through {@link #TEXT}. */
    public static final String SUMMARY = "summary";
    /**
     * Everything else a reader may search an item by, in one field: the summary, the body, the people named, keywords,
     * the text of files. One field to match, not one per property, is what keeps a common word cheap (measured at
     * 100,000 resources: ten fields cost 1.8 s a query). Stored, so results show the passage that matched.
     */
    public static final String TEXT = "text";
    /** Whole words of titles and summaries of items visitors may read, unstemmed: what "did you mean" proposes to them. */
    public static final String SPELLING_PUBLIC = "spelling_public";
    /** The same for members. */
    public static final String SPELLING_MEMBERS = "spelling_members";
    /** A resource's {@link org.apirnet.taxonomy.ResourceType} id; kinds without types have none. */
    public static final String RESOURCE_TYPE = "resource_type";
    /** Theme ids. */
    public static final String THEMES = "themes";
    /** Upper-case ISO 3166 codes; none for regional items. */
    public static final String COUNTRIES = "countries";
    /** {@link org.apirnet.taxonomy.Subregion} names of the item's countries. */
    public static final String SUBREGIONS = "subregions";
    public static final String LANGUAGE = "language";
    /** The year the item is about or was issued in. */
    public static final String YEAR = "year";
    public static final String VISIBILITY = "visibility";
    public static final String STATUS = "status";
    public static final String AUTHOR = "author";
    public static final String PUBLISHED = "published";
    public static final String UPDATED = "updated";
    /**
     * The id of the ILO project an item belongs to, in kinds that may belong to one (resources, news); none otherwise.
     * A project's page lists its items by this field ({@link ProjectContent}), so no module needs to know another.
     */
    public static final String PROJECT = "project";

    private ContentIndex() {
    }

    private static final java.util.regex.Pattern PRIVATE_USE = java.util.regex.Pattern.compile("\\p{Co}");

    /**
     * Text as it goes into a searched field: private-use characters (which PDF extraction leaves behind and which mean
     * nothing to a reader) are dropped, so the marks search results use for matches never occur in the text itself.
     */
    public static String indexable(String text) {
        return text == null ? null : PRIVATE_USE.matcher(text).replaceAll("");
    }

    /** Published items the viewer may see: members see members-only items too, visitors never. */
    public static PredicateFinalStep visibleTo(SearchPredicateFactory f, boolean viewerIsMember) {
        return f.bool()
                .filter(f.match().field(STATUS).matching(ContentStatus.PUBLISHED))
                .filter(f.terms().field(VISIBILITY).matchingAny(Visibility.visibleTo(viewerIsMember)));
    }

    /** The longest query a search box accepts; longer text is not a query anyone types. */
    public static final int MAX_WORDS_LENGTH = 200;

    /** Narrows {@code all} to items whose {@code field} holds {@code value}; a null value (no choice) narrows nothing. */
    public static void filterIfChosen(BooleanPredicateClausesStep<?, ?> all, SearchPredicateFactory f, String field, Object value) {
        if (value != null) {
            all.filter(f.match().field(field).matching(value));
        }
    }

    /** Items tagged with any of the given themes. */
    public static PredicateFinalStep taggedWithAnyTheme(SearchPredicateFactory f, Collection<Short> themeIds) {
        return f.terms().field(THEMES).matchingAny(themeIds);
    }

    /** Items tagged with any of the given countries (upper-case ISO codes). */
    public static PredicateFinalStep taggedWithAnyCountry(SearchPredicateFactory f, Collection<String> countryIso2s) {
        return f.terms().field(COUNTRIES).matchingAny(countryIso2s);
    }
}

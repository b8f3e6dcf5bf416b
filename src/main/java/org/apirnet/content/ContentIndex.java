package org.apirnet.content;

import java.util.Collection;

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
    public static final String TITLE = "title";
    public static final String TITLE_INTL = "title_intl";
    public static final String TITLE_SORT = "title_sort";
    public static final String SUMMARY = "summary";
    public static final String SUMMARY_INTL = "summary_intl";
    public static final String BODY = "body";
    public static final String BODY_INTL = "body_intl";
    /** Authors, speakers, organizers: the people named on an item. */
    public static final String PEOPLE = "people";
    public static final String KEYWORDS = "keywords";
    /** Text extracted from an item's files. */
    public static final String FILE_TEXT = "file_text";
    public static final String FILE_TEXT_INTL = "file_text_intl";
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

    private ContentIndex() {
    }

    /** Published items the viewer may see: members see members-only items too, visitors never. */
    public static PredicateFinalStep visibleTo(SearchPredicateFactory f, boolean viewerIsMember) {
        return f.bool()
                .filter(f.match().field(STATUS).matching(ContentStatus.PUBLISHED))
                .filter(f.terms().field(VISIBILITY).matchingAny(Visibility.visibleTo(viewerIsMember)));
    }

    /** The longest query a search box accepts; longer text is not a query anyone types. */
    public static final int MAX_WORDS_LENGTH = 200;

    private static final String[] TITLE_FIELDS = {TITLE, TITLE_INTL};
    private static final String[] TEXT_FIELDS = {SUMMARY, SUMMARY_INTL};

    /**
     * Items with all the words, by stem, in the title (which counts most) or the summary, each in its English and its
     * ICU field, in the simple query syntax (quotes, +, -, *), which never fails on malformed input. The site search and
     * the library's keyword box ask the same question.
     */
    public static PredicateFinalStep matchingWords(SearchPredicateFactory f, String words) {
        return matchingWords(f, words, TEXT_FIELDS);
    }

    /** The same over other text fields, for documents that are not content items (themes, countries). */
    public static PredicateFinalStep matchingWords(SearchPredicateFactory f, String words, String... textFields) {
        return f.simpleQueryString()
                .fields(TITLE_FIELDS).boost(3.0f)
                .fields(textFields)
                .matching(words)
                .defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND);
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

package org.apirnet.content;

import java.util.List;
import java.util.regex.Pattern;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * What someone typed into a search box, read the way people expect: every word must match (by stem), "quoted words"
 * must match as a phrase, a word or phrase after a minus is left out. Nothing typed reaches a query parser: words are
 * analysed into index terms first ({@link SearchWordsParser}), so {@code * ? : ( \ ~ ^} and unbalanced quotes are
 * ordinary punctuation, never an error. Matches {@link ContentIndex#TITLE} (which counts most) and
 * {@link ContentIndex#TEXT}; themes and countries use the same two field names.
 *
 * @param typed   the query as typed, trimmed
 * @param clauses what it asks for, in order; stop words and punctuation alone are dropped
 */
public record SearchWords(String typed, List<Clause> clauses) {

    /** Typos are tolerated only in words of Latin letters long enough that one edit does not make another word. */
    private static final Pattern TYPO_TOLERANT = Pattern.compile("\\p{IsLatin}{4,}");
    private static final float TITLE_BOOST = 3.0f;
    /**
     * Typos are tolerated in this many words at most: each tolerant word expands to up to 50 terms per field, and
     * Lucene refuses a query of more than 1,024 clauses.
     */
    static final int MAX_TYPO_TOLERANT_WORDS = 5;

    /**
     * One word or phrase.
     *
     * @param typed    as typed (without quotes or minus)
     * @param terms    its index terms: one for a word, several for a phrase or an unspaced run of Thai or Chinese
     * @param phrase   typed in quotes
     * @param excluded typed after a minus
     */
    public record Clause(String typed, List<String> terms, boolean phrase, boolean excluded) {

        /** Several terms must follow each other: a quoted phrase, or a word that is several in an unspaced script. */
        boolean matchesAsPhrase() {
            return phrase || terms.size() > 1;
        }
    }

    public SearchWords {
        clauses = List.copyOf(clauses);
    }

    /** Whether anything must match: only left-out words find nothing to search for. */
    public boolean asksForAnything() {
        return clauses.stream().anyMatch(clause -> !clause.excluded());
    }

    /** This query typed again with some plain words replaced (by their typed form), in the syntax it was read in. */
    public String withWordsReplaced(java.util.Map<String, String> replacements) {
        StringBuilder query = new StringBuilder();
        for (Clause clause : clauses) {
            if (!query.isEmpty()) {
                query.append(' ');
            }
            String text = !clause.excluded() && !clause.matchesAsPhrase()
                    ? replacements.getOrDefault(clause.typed(), clause.typed()) : clause.typed();
            query.append(clause.excluded() ? "-" : "").append(clause.phrase() ? "\"" + text + "\"" : text);
        }
        return query.toString();
    }

    /** Every index term asked for (not those left out): what a title marks. */
    public java.util.Set<String> termsAskedFor() {
        java.util.Set<String> terms = new java.util.HashSet<>();
        clauses.stream().filter(clause -> !clause.excluded()).forEach(clause -> terms.addAll(clause.terms()));
        return terms;
    }

    /** The plain words asked for (no phrases, nothing left out): what a spelling correction may replace. */
    public List<Clause> wordsAskedFor() {
        return clauses.stream().filter(clause -> !clause.excluded() && !clause.matchesAsPhrase()).toList();
    }

    /**
     * Documents with every clause. With {@code tolerateTypos}, a word also matches index terms one edit away (its first
     * letter kept): used when the exact words find nothing, so a typo never mixes "page" into results for "wage".
     */
    public PredicateFinalStep predicate(SearchPredicateFactory f, boolean tolerateTypos) {
        BooleanPredicateClausesStep<?, ?> all = f.bool();
        if (!asksForAnything()) {
            all.must(f.matchAll()); // "-word" alone: everything but
        }
        int tolerant = 0;
        for (Clause clause : clauses) {
            boolean tolerateTypo = tolerateTypos && !clause.excluded() && !clause.matchesAsPhrase()
                    && TYPO_TOLERANT.matcher(clause.terms().getFirst()).matches() && tolerant++ < MAX_TYPO_TOLERANT_WORDS;
            PredicateFinalStep match = clause.matchesAsPhrase()
                    ? f.phrase().field(ContentIndex.TITLE).boost(TITLE_BOOST).field(ContentIndex.TEXT).matching(clause.typed())
                    : term(f, clause.terms().getFirst(), tolerateTypo);
            if (clause.excluded()) {
                all.mustNot(match);
            } else {
                all.must(match);
            }
        }
        return all;
    }

    private static PredicateFinalStep term(SearchPredicateFactory f, String term, boolean tolerateTypo) {
        PredicateFinalStep exact = f.match().field(ContentIndex.TITLE).boost(TITLE_BOOST).field(ContentIndex.TEXT).matching(term).skipAnalysis();
        if (!tolerateTypo) {
            return exact;
        }
        return f.bool()
                .should(exact)
                .should(f.match().field(ContentIndex.TITLE).field(ContentIndex.TEXT).matching(term).skipAnalysis().fuzzy(1, 1).boost(0.5f));
    }
}

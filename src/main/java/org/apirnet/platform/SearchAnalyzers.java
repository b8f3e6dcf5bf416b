package org.apirnet.platform;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

import org.springframework.stereotype.Component;

/**
 * The one place where text analysis for full-text search is defined. Searched text is analysed once, by
 * {@link #TEXT}: the ICU tokenizer splits words by Unicode rules and, for Thai, Lao, Khmer, Myanmar, Chinese and
 * Japanese (written without spaces between words), by dictionary; ICU folding lower-cases, removes diacritics
 * (Vietnamese "lao động" is indexed as "lao dong") and folds full-width forms; then English possessives, stop words
 * and the Porter stemmer ("negotiations" finds "negotiation"), which leave words of other scripts alone. One analyser
 * for every language means one field per kind of text, which is what keeps a search over bodies and file text fast.
 * Referenced from configuration as {@code bean:portalAnalysisConfigurer}.
 */
@Component("portalAnalysisConfigurer")
public class SearchAnalyzers implements LuceneAnalysisConfigurer {

    /** Titles, summaries, bodies, file text: everything matched by site search. */
    public static final String TEXT = "portal_text";
    /** Whole words, folded but not stemmed: the vocabulary "did you mean" draws on, and how a typed prefix is read. */
    public static final String WORDS = "portal_words";
    /** Every prefix of every word (up to {@value #MAX_PREFIX} characters): titles suggested as one types. */
    public static final String PREFIXES = "portal_prefixes";
    static final int MAX_PREFIX = 20;
    /**
     * Raised whenever the analysis below (or what the index keeps of analysed text, such as term vectors) changes:
     * documents analysed the old way must be rebuilt, and the index upkeep does so at the next start when this number
     * differs from the one the index was built with.
     */
    public static final int VERSION = 3;

    /** For sorting and exact matching of short values such as titles. */
    public static final String SORT_NORMALIZER = "sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(TEXT).custom()
                .tokenizer(ICUTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(ICUFoldingFilterFactory.class)
                // ICU folding keeps a few letters with strokes (Vietnamese đ); ASCII folding maps those too
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);

        context.analyzer(WORDS).custom()
                .tokenizer(ICUTokenizerFactory.class)
                .tokenFilter(ICUFoldingFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);

        context.analyzer(PREFIXES).custom()
                .tokenizer(ICUTokenizerFactory.class)
                .tokenFilter(ICUFoldingFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                .param("minGramSize", "1")
                .param("maxGramSize", String.valueOf(MAX_PREFIX))
                .param("preserveOriginal", "true");

        context.normalizer(SORT_NORMALIZER).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}

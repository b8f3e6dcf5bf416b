package org.apirnet.platform;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

import org.springframework.stereotype.Component;

/**
 * The one place where text analysis for full-text search is defined. Indexed text is usually mapped twice:
 * once with {@link #ENGLISH} (so "negotiations" finds "negotiation") and once with {@link #MULTILINGUAL}, whose
 * ICU tokenizer splits Thai, Lao, Khmer, Myanmar and CJK text, written without spaces between words, into
 * dictionary words. Referenced from configuration as {@code bean:portalAnalysisConfigurer}.
 */
@Component("portalAnalysisConfigurer")
public class SearchAnalyzers implements LuceneAnalysisConfigurer {

    public static final String ENGLISH = "english";
    public static final String MULTILINGUAL = "multilingual";
    /**
     * Raised whenever the analysis below changes: documents analysed the old way must be rebuilt, and the index
     * upkeep does so at the next start when this number differs from the one the index was built with.
     */
    public static final int VERSION = 1;

    /** For sorting and exact matching of short values such as titles. */
    public static final String SORT_NORMALIZER = "sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);

        context.analyzer(MULTILINGUAL).custom()
                .tokenizer(ICUTokenizerFactory.class)
                .tokenFilter(ICUFoldingFilterFactory.class);

        context.normalizer(SORT_NORMALIZER).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}

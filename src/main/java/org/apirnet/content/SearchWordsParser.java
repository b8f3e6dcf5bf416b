package org.apirnet.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apirnet.platform.SearchAnalyzers;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;

/**
 * Reads search boxes into {@link SearchWords} with the index's own analysis, so a word is looked up exactly as it
 * was indexed (folded, stemmed, split where the script has no spaces) and stop words or punctuation alone never
 * become a clause that nothing can match.
 */
@Component
public class SearchWordsParser {

    /** More clauses than anyone types; the rest of a pasted paragraph is ignored rather than searched slowly. */
    static final int MAX_CLAUSES = 24;
    private static final java.util.regex.Pattern CURLY_QUOTES = java.util.regex.Pattern.compile("[\u201C\u201D\u201E\u00AB\u00BB]");
    /** A minus sign or dash where a word starts. */
    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("(^|\\s)[\u2212\u2013\u2014](?=\\S)");

    private final EntityManagerFactory entityManagerFactory;
    private final java.util.Map<String, Analyzer> analyzers = new java.util.concurrent.ConcurrentHashMap<>();

    SearchWordsParser(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    public SearchWords parse(String typed) {
        // Phones and word processors type curly quotes and dashes; they mean what the plain ones mean.
        String text = typed == null ? "" : CURLY_QUOTES.matcher(typed).replaceAll("\"").strip();
        text = DASHES.matcher(text).replaceAll("$1-");
        List<SearchWords.Clause> clauses = new ArrayList<>();
        int i = 0;
        while (i < text.length() && clauses.size() < MAX_CLAUSES) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                excluded = true;
                i++;
                c = text.charAt(i);
            }
            int end;
            String part;
            boolean phrase = c == '"';
            if (phrase) {
                int close = text.indexOf('"', i + 1);
                end = close < 0 ? text.length() : close + 1; // an unclosed quote runs to the end
                part = text.substring(i + 1, close < 0 ? text.length() : close);
            } else {
                end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                part = text.substring(i, end);
            }
            i = end;
            List<String> terms = terms(part);
            if (!terms.isEmpty()) {
                clauses.add(new SearchWords.Clause(part.strip(), terms, phrase, excluded));
            }
        }
        return new SearchWords(text, clauses);
    }

    /** The index terms of some text, in order. */
    public List<String> terms(String text) {
        return analyse(SearchAnalyzers.TEXT, text);
    }

    /** Where in {@code text} its words analyse to one of {@code terms}: start and end offsets, in order. */
    public List<int[]> offsetsOf(String text, java.util.Set<String> terms) {
        List<int[]> found = new ArrayList<>();
        if (text == null || text.isBlank() || terms.isEmpty()) {
            return found;
        }
        try (TokenStream stream = analyzer(SearchAnalyzers.TEXT).tokenStream(ContentIndex.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (terms.contains(term.toString())) {
                    found.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysing a string in memory cannot fail", e);
        }
        return found;
    }

    /** The whole, unstemmed words of some text, in order. */
    public List<String> words(String text) {
        return analyse(SearchAnalyzers.WORDS, text);
    }

    private List<String> analyse(String analyzerName, String text) {
        List<String> terms = new ArrayList<>();
        if (text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = analyzer(analyzerName).tokenStream(ContentIndex.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysing a string in memory cannot fail", e);
        }
        return terms;
    }

    /** Looked up on first use (the search backend is not started when this bean is created), then kept. */
    private Analyzer analyzer(String name) {
        return analyzers.computeIfAbsent(name, missing -> Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class)
                .analyzer(missing).orElseThrow(() -> new IllegalStateException("No analyzer " + missing + " in the search backend")));
    }
}

package org.apirnet.search;

import java.time.Instant;
import java.util.List;

/**
 * One result of a site search. Title and snippet are HTML: the indexed text escaped, the words that matched in
 * {@code <mark>}.
 *
 * @param kindKey      message key naming what kind of thing this is
 * @param titleHtml    the linked title
 * @param url          where it lives on the portal
 * @param snippetHtml  the passage that shows why it matched, may be empty
 * @param published    when it was published, may be null
 * @param year         the year it is about, may be null
 * @param themeNames   its themes
 * @param countryNames its countries
 * @param language     its language code, may be null
 */
public record SearchHit(String kindKey, String titleHtml, String url, String snippetHtml, Instant published, Integer year,
                        List<String> themeNames, List<String> countryNames, String language) {

    /** A theme or country: a reference rather than content. */
    static SearchHit reference(String kindKey, String name, String url, String description) {
        return new SearchHit(kindKey, Highlights.escape(name), url, Highlights.escape(description), null, null, List.of(),
                List.of(), null);
    }
}

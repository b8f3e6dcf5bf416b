package org.apirnet.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings ({@code apirnet.search.*}).
 *
 * @param cachedResults how many answered searches (a page of results with its facets, per viewer kind) are kept until
 *                      the next committed change: a search asked again, a page turned back, a facet removed are then
 *                      answered from memory. About 30 KB each; 0 turns the cache off (the benchmark's cold figures)
 * @param cacheTimeToLive how long a kept answer may serve at most, bounding what another node's changes could leave stale
 */
@ConfigurationProperties("apirnet.search")
record SearchProperties(@DefaultValue("500") int cachedResults, @DefaultValue("PT10M") Duration cacheTimeToLive) {

    SearchProperties {
        if (cachedResults < 0) {
            throw new IllegalArgumentException("apirnet.search.cached-results must be 0 or more, not " + cachedResults);
        }
    }
}

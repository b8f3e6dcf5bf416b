package org.apirnet.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cache of pages shared by visitors, and by members with the same roles ({@code apirnet.page-cache.*}).
 *
 * @param enabled    whether pages are kept at all
 * @param timeToLive the longest a page is served from memory; a change committed on this node ends it at once, one
 *                   committed on another node (several instances) is seen after at most this long
 * @param maxSize    memory for pages, least recently used dropped first
 */
@ConfigurationProperties("apirnet.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("60s") Duration timeToLive,
                                  @DefaultValue("32MB") DataSize maxSize) {
}

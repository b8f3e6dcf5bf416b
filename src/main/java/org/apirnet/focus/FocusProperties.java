package org.apirnet.focus;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thematic focus ({@code apirnet.focus.*}).
 *
 * @param zone     the time zone whose days a focus's first and last day are (the region's centre by default)
 * @param maxItems how many items an admin may pick for one focus
 */
@ConfigurationProperties("apirnet.focus")
record FocusProperties(@DefaultValue("Asia/Bangkok") ZoneId zone, @DefaultValue("6") int maxItems) {
}

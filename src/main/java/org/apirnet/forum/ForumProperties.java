package org.apirnet.forum;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Discussion settings ({@code apirnet.forum.*}).
 *
 * @param editWindow       how long after sending a reply its author may still change it (earlier wording is kept)
 * @param maxReplyLength   the longest reply, in characters of Markdown
 * @param scheduleInterval how often the schedule records openings and closings that came due (replies read the times
 *                         themselves, so this only delays audit lines and mail)
 * @param maxFileSize      the largest file a reply may carry (one a reply), judged by the same intake as the library's
 *                         files; it must stay under the container's {@code spring.servlet.multipart.max-file-size}
 */
@ConfigurationProperties("apirnet.forum")
record ForumProperties(@DefaultValue("PT15M") Duration editWindow,
                       @DefaultValue("10000") int maxReplyLength,
                       @DefaultValue("PT30S") Duration scheduleInterval,
                       @DefaultValue("50MB") DataSize maxFileSize) {
}

package org.apirnet.news;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * News settings ({@code apirnet.news.*}).
 *
 * @param maxImageSize   largest image file accepted (below the container's multipart limit, so a larger one still
 *                       reaches the form and gets a message with everything typed kept)
 * @param maxImagePixels most pixels (width × height) an image may declare: checked in its header before anything is
 *                       decoded, so a small file claiming a huge picture (a decompression bomb) is refused unread
 * @param maxAttachmentSize largest attached file (a report, a programme document)
 * @param maxAttachments  files an item may carry in all
 */
@ConfigurationProperties("apirnet.news")
record NewsProperties(@DefaultValue("10MB") DataSize maxImageSize,
                      @DefaultValue("40000000") long maxImagePixels,
                      @DefaultValue("50MB") DataSize maxAttachmentSize,
                      @DefaultValue("4") int maxAttachments) {
}

package org.apirnet.library;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Library settings ({@code apirnet.library.*}). A member's daily upload quota is the portal's, not the library's
 * ({@code apirnet.uploads.*}, {@link org.apirnet.platform.MemberUploadQuota}).
 *
 * @param maxAttachmentSize    largest file accepted; the servlet container's multipart limit sits a little above it so
 *                             that a too-large file still reaches the form with everything else that was typed
 * @param maxAttachmentsPerUpload files in one form submission; times the size, it must fit the container's
 *                             {@code spring.servlet.multipart.max-request-size} (220MB)
 * @param extractionTimeout    how long text extraction may take for one file before it is given up
 * @param rejectedFilesKept    how long the files of a rejected submission stay (for its author to see what was
 *                             refused); then they are removed, the record and the reason stay
 */
@ConfigurationProperties("apirnet.library")
record LibraryProperties(@DefaultValue("50MB") DataSize maxAttachmentSize,
                         @DefaultValue("4") int maxAttachmentsPerUpload,
                         @DefaultValue("PT2M") Duration extractionTimeout,
                         @DefaultValue("P30D") Duration rejectedFilesKept) {
}

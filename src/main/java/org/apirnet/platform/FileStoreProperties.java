package org.apirnet.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Housekeeping of stored files ({@code apirnet.files.*}).
 *
 * @param orphanGrace   how old a file no row refers to must be before the periodic sweep removes it: longer than any
 *                      upload takes between being stored and its row committing
 * @param sweepInterval how often the periodic sweep runs (read by its {@code @Scheduled} placeholder; bound here so a
 *                      bad value fails at start). At start-up every unreferenced file left by an earlier run goes at once.
 */
@ConfigurationProperties("apirnet.files")
public record FileStoreProperties(@DefaultValue("PT1H") Duration orphanGrace,
                                  @DefaultValue("PT1H") Duration sweepInterval) {

    public FileStoreProperties {
        if (orphanGrace.isNegative() || sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("apirnet.files.orphan-grace and sweep-interval must be positive durations");
        }
    }
}

package org.apirnet.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes stored files that no row refers to: written by an upload whose transaction never committed (the portal was
 * killed in between, or the database went away), or left behind when the row that named them was deleted but the
 * portal died before the file followed. At start every such file written before this run is removed (nothing of this
 * run can still be on its way to a commit); afterwards, periodically, those older than the grace period.
 */
@Component
class OrphanedFileSweep {

    private static final Logger log = LoggerFactory.getLogger(OrphanedFileSweep.class);
    private static final int BATCH = 1000;

    private final FileStore files;
    private final List<StoredFileReferences> references;
    private final FileStoreProperties properties;
    private final Clock clock;
    /** Anything written before this was written by an earlier run. */
    private final Instant startedAt;

    OrphanedFileSweep(FileStore files, List<StoredFileReferences> references, FileStoreProperties properties, Clock clock) {
        this.files = files;
        this.references = references;
        this.properties = properties;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @EventListener(ApplicationReadyEvent.class)
    void sweepWhatAnEarlierRunLeft() {
        sweepSafely(startedAt);
    }

    @Scheduled(fixedDelayString = "${apirnet.files.sweep-interval:PT1H}", initialDelayString = "${apirnet.files.sweep-interval:PT1H}")
    void sweepPeriodically() {
        sweepSafely(clock.instant().minus(properties.orphanGrace()));
    }

    private void sweepSafely(Instant cutoff) {
        try {
            int removed = removeUnreferencedWrittenBefore(cutoff);
            if (removed > 0) {
                log.info("Removed {} stored file(s) that no row refers to (written before {})", removed, cutoff);
            }
        } catch (RuntimeException e) {
            // Typically the database is unreachable: then nothing can be judged, and nothing is removed.
            log.warn("Sweep of orphaned files stopped, nothing more removed: {}", e.toString());
        }
    }

    /** Removes every file written before {@code cutoff} that no module refers to; returns how many. */
    int removeUnreferencedWrittenBefore(Instant cutoff) {
        if (references.isEmpty()) {
            log.warn("No module declares which stored files it uses; orphaned files are kept");
            return 0;
        }
        int removed = 0;
        try (Stream<Map.Entry<String, Path>> written = files.filesWrittenBefore(cutoff)) {
            Iterator<Map.Entry<String, Path>> iterator = written.iterator();
            List<Map.Entry<String, Path>> batch = new ArrayList<>(BATCH);
            while (iterator.hasNext()) {
                batch.add(iterator.next());
                if (batch.size() == BATCH || !iterator.hasNext()) {
                    removed += removeUnreferenced(batch);
                    batch.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    private int removeUnreferenced(List<Map.Entry<String, Path>> batch) throws IOException {
        Set<String> keys = new HashSet<>();
        batch.forEach(file -> keys.add(file.getKey()));
        Set<String> used = new HashSet<>();
        for (StoredFileReferences module : references) {
            used.addAll(module.referenced(keys));
        }
        int removed = 0;
        for (Map.Entry<String, Path> file : batch) {
            // A ".part" is never referenced: its write did not finish (its key may only be taken by the complete file).
            boolean partial = !file.getValue().getFileName().toString().equals(file.getKey());
            if ((partial || !used.contains(file.getKey())) && Files.deleteIfExists(file.getValue())) {
                removed++;
            }
        }
        return removed;
    }
}

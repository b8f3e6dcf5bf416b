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
    /** A few orphans and no referenced file is a young installation whose first uploads never committed. */
    private static final int MAX_ORPHANS_WITHOUT_ANY_REFERENCE = 20;

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

    /**
     * In the background: walking the store costs seconds at a hundred thousand files, and nothing this run writes can
     * be touched (only files written before it started are judged), so readiness need not wait for it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void sweepInTheBackground() {
        Thread.ofPlatform().daemon().name("orphaned-file-sweep").start(this::sweepWhatAnEarlierRunLeft);
    }

    void sweepWhatAnEarlierRunLeft() {
        sweepSafely(startedAt, true);
    }

    @Scheduled(fixedDelayString = "${apirnet.files.sweep-interval:PT1H}", initialDelayString = "${apirnet.files.sweep-interval:PT1H}")
    void sweepPeriodically() {
        sweepSafely(clock.instant().minus(properties.orphanGrace()), false);
    }

    private void sweepSafely(Instant cutoff, boolean atStart) {
        long started = System.nanoTime();
        try {
            int removed = removeUnreferencedWrittenBefore(cutoff);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (removed > 0 || atStart) { // once per start, so an operator sees it ran and what it cost
                log.info("Sweep of stored files written before {}: {} file(s) no row refers to removed, in {} ms",
                        cutoff, removed, millis);
            }
        } catch (RuntimeException e) {
            // Typically the database is unreachable: then nothing can be judged, and nothing is removed.
            log.warn("Sweep of orphaned files stopped, nothing more removed: {}", e.toString());
        }
    }

    /**
     * Removes every file written before {@code cutoff} that no module refers to; returns how many. Refuses when the
     * store holds files but the database refers to none of them: that is a database that does not belong to this data
     * directory (a wrong URL, a fresh server), and deleting would destroy every upload.
     */
    int removeUnreferencedWrittenBefore(Instant cutoff) {
        if (references.isEmpty()) {
            log.warn("No module declares which stored files it uses; orphaned files are kept");
            return 0;
        }
        List<Path> unreferenced = new ArrayList<>();
        long referenced = 0;
        try (Stream<Map.Entry<String, Path>> written = files.filesWrittenBefore(cutoff)) {
            Iterator<Map.Entry<String, Path>> iterator = written.iterator();
            List<Map.Entry<String, Path>> batch = new ArrayList<>(BATCH);
            while (iterator.hasNext()) {
                batch.add(iterator.next());
                if (batch.size() == BATCH || !iterator.hasNext()) {
                    referenced += sortOut(batch, unreferenced);
                    batch.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (referenced == 0 && unreferenced.size() > MAX_ORPHANS_WITHOUT_ANY_REFERENCE) {
            log.error("None of the {} stored files in {} is referenced by the database: is this the database of this data "
                    + "directory? Nothing was removed.", unreferenced.size(), files.root());
            return 0;
        }
        int removed = 0;
        for (Path path : unreferenced) {
            try {
                if (Files.deleteIfExists(path)) {
                    removed++;
                }
            } catch (IOException e) {
                log.warn("Could not remove orphaned file {}: {}", path, e.toString());
            }
        }
        return removed;
    }

    /** Adds the batch's unreferenced files (and every {@code .part}) to {@code unreferenced}; returns how many are used. */
    private long sortOut(List<Map.Entry<String, Path>> batch, List<Path> unreferenced) {
        Set<String> keys = new HashSet<>();
        batch.forEach(file -> keys.add(file.getKey()));
        Set<String> used = new HashSet<>();
        for (StoredFileReferences module : references) {
            used.addAll(module.referenced(keys));
        }
        long referenced = 0;
        for (Map.Entry<String, Path> file : batch) {
            // A ".part" is never referenced: its write did not finish (its key may only be taken by the complete file).
            boolean partial = !file.getValue().getFileName().toString().equals(file.getKey());
            if (partial || !used.contains(file.getKey())) {
                unreferenced.add(file.getValue());
            } else {
                referenced++;
            }
        }
        return referenced;
    }
}

package org.apirnet.platform;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileStoreTests {

    @TempDir
    Path dataDir;

    private FileStore store() {
        return new FileStore(new PortalProperties(dataDir, URI.create("http://localhost"), ""));
    }

    @Test
    void storesUnderARandomKeyWithItsChecksumAndFindsItAgain() throws Exception {
        FileStore store = store();
        FileStore.StoredFile stored = store.store(new ByteArrayInputStream("hello".getBytes()), 100);
        assertThat(stored.key()).matches("[a-f0-9]{40}");
        assertThat(stored.size()).isEqualTo(5);
        assertThat(stored.sha256()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assertThat(store.find(stored.key())).get().satisfies(path -> assertThat(Files.readString(path)).isEqualTo("hello"));
        assertThat(store.find("../../etc/passwd")).isEmpty();
    }

    @Test
    void aFileOverTheLimitLeavesNothingBehind() throws Exception {
        FileStore store = store();
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[101]), 100)).isInstanceOf(FileStore.TooLargeException.class);
        try (var files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aStoredFileIsCompleteOnDiskWithNoPartLeft() throws Exception {
        FileStore.StoredFile stored = store().store(new ByteArrayInputStream(new byte[200_000]), 1_000_000);
        try (var files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()))
                    .containsExactly(stored.key());
        }
        assertThat(Files.size(store().find(stored.key()).orElseThrow())).isEqualTo(200_000);
    }

    @Test
    void whatAnEarlierRunLeftWithoutARowIsRemovedAtStartAndTheRestKept() throws Exception {
        FileStore store = store();
        String referenced = store.store(new ByteArrayInputStream("kept".getBytes()), 100).key();
        String orphan = store.store(new ByteArrayInputStream("stored, then the portal died before its row committed".getBytes()), 100).key();
        Path partial = Files.writeString(store.find(orphan).orElseThrow().resolveSibling("ab".repeat(20) + ".part"), "half");
        Path notOurs = Files.writeString(dataDir.resolve("files/README"), "not a stored file");
        ageEverything(Duration.ofSeconds(5));

        OrphanedFileSweep sweep = sweep(store, Set.of(referenced), Clock.systemUTC());
        String writtenThisRun = store.store(new ByteArrayInputStream("on its way to a commit".getBytes()), 100).key();
        // Written during this run (set explicitly: some file systems keep times to the second).
        Files.setLastModifiedTime(store.find(writtenThisRun).orElseThrow(), FileTime.from(Instant.now().plusSeconds(2)));
        sweep.sweepWhatAnEarlierRunLeft();

        assertThat(store.find(referenced)).isPresent();
        assertThat(store.find(orphan)).isEmpty();
        assertThat(partial).doesNotExist();
        assertThat(store.find(writtenThisRun)).as("may still be committed by this run").isPresent();
        assertThat(notOurs).exists();
    }

    @Test
    void laterOnlyOrphansOlderThanTheGracePeriodAreRemoved() throws Exception {
        FileStore store = store();
        String old = store.store(new ByteArrayInputStream("old".getBytes()), 100).key();
        ageEverything(Duration.ofHours(2));
        String recent = store.store(new ByteArrayInputStream("recent".getBytes()), 100).key();

        sweep(store, Set.of(), Clock.systemUTC()).sweepPeriodically();

        assertThat(store.find(old)).isEmpty();
        assertThat(store.find(recent)).isPresent();
    }

    @Test
    void nothingIsRemovedWhenNoModuleCanSayWhatItUses() throws Exception {
        FileStore store = store();
        String key = store.store(new ByteArrayInputStream("x".getBytes()), 100).key();
        ageEverything(Duration.ofDays(1));
        StoredFileReferences databaseDown = keys -> {
            throw new IllegalStateException("database unreachable");
        };
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(2));

        new OrphanedFileSweep(store, List.of(databaseDown), new FileStoreProperties(Duration.ofHours(1), Duration.ofHours(1)), later)
                .sweepPeriodically();
        new OrphanedFileSweep(store, List.of(), new FileStoreProperties(Duration.ofHours(1), Duration.ofHours(1)), later)
                .sweepPeriodically();

        assertThat(store.find(key)).isPresent();
    }

    @Test
    void aDatabaseThatKnowsNoneOfTheFilesIsNotTrustedToJudgeThem() throws Exception {
        FileStore store = store();
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            keys.add(store.store(new ByteArrayInputStream(("upload " + i).getBytes()), 100).key());
        }
        ageEverything(Duration.ofDays(1));

        assertThat(sweep(store, Set.of(), Clock.systemUTC()).removeUnreferencedWrittenBefore(Instant.now()))
                .as("a wrong or empty database: every upload would go").isZero();
        assertThat(keys).allSatisfy(key -> assertThat(store.find(key)).isPresent());

        assertThat(sweep(store, Set.of(keys.getFirst()), Clock.systemUTC()).removeUnreferencedWrittenBefore(Instant.now()))
                .as("the database knows this store").isEqualTo(24);
    }

    @Test
    void uploadPartsLeftByACrashAreRemovedBeforeTheServerStarts() throws Exception {
        Path spool = Files.createDirectories(dataDir.resolve("tmp/uploads"));
        Path left = Files.writeString(spool.resolve("upload_1234_00000001.tmp"), "16 MB of a cut-off request");
        var config = new UploadSpoolConfiguration().multipartConfigElement(
                new org.springframework.boot.servlet.autoconfigure.MultipartProperties(),
                new PortalProperties(dataDir, URI.create("http://localhost"), ""));
        assertThat(left).doesNotExist();
        assertThat(Path.of(config.getLocation())).isEqualTo(spool.toAbsolutePath().normalize()).isDirectory();
    }

    private OrphanedFileSweep sweep(FileStore store, Set<String> referenced, Clock clock) {
        StoredFileReferences module = keys -> keys.stream().filter(referenced::contains).collect(java.util.stream.Collectors.toSet());
        return new OrphanedFileSweep(store, List.of(module), new FileStoreProperties(Duration.ofHours(1), Duration.ofHours(1)), clock);
    }

    /** Moves every file's time back, as if written that long ago. */
    private void ageEverything(Duration age) throws Exception {
        try (var files = Files.walk(dataDir)) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(path, FileTime.from(Files.getLastModifiedTime(path).toInstant().minus(age)));
            }
        }
    }
}

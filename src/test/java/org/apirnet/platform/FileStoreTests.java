package org.apirnet.platform;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileStoreTests {

    @TempDir
    Path dataDir;

    private FileStore store() {
        return new FileStore(new PortalProperties(dataDir, URI.create("http://localhost")));
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
    void partialWritesAbandonedByACrashAreRemovedAtStartUp() throws Exception {
        Path folder = Files.createDirectories(dataDir.resolve("files/ab"));
        Path old = Files.writeString(folder.resolve("ab12.part"), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(7200)));
        Path fresh = Files.writeString(folder.resolve("ab34.part"), "in progress");
        store().removeAbandonedPartialWrites();
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
    }
}

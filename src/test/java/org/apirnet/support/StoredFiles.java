package org.apirnet.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The files the test portal's file store holds (every test shares it): to check that refusals leave none behind. */
public final class StoredFiles {

    private StoredFiles() {
    }

    public static long count() throws IOException {
        Path root = Path.of("target/test-data/files");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}

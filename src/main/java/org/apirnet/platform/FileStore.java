package org.apirnet.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Uploaded files on disk under the data directory, named by a random key (never by what the uploader called them),
 * in two-letter fan-out folders. Writing streams through a SHA-256 digest with a size limit, so no file is ever held
 * in memory; a write that fails or exceeds the limit leaves nothing behind.
 */
@Component
public class FileStore {

    /** A stored file: its key, size and SHA-256. */
    public record StoredFile(String key, long size, String sha256) {
    }

    /** Thrown when a file is larger than allowed; nothing has been kept. */
    public static class TooLargeException extends IOException {
        public TooLargeException(long limit) {
            super("File larger than " + limit + " bytes");
        }
    }

    private static final Pattern KEY = Pattern.compile("[a-f0-9]{40}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;

    public FileStore(PortalProperties properties) {
        this.root = properties.filesDir().toAbsolutePath().normalize();
    }

    /** Copies the stream into a new file; refuses (and deletes what it wrote) beyond {@code maxBytes}. */
    public StoredFile store(InputStream content, long maxBytes) throws IOException {
        String key = newKey();
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(key + ".part");
        MessageDigest sha256 = sha256();
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha256)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = content.read(buffer)) != -1; ) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return new StoredFile(key, size, HexFormat.of().formatHex(sha256.digest()));
    }

    /**
     * A write interrupted by a crash leaves a {@code .part} file no row refers to; those older than an hour (no upload
     * takes that long to stream) are removed at start-up.
     */
    @jakarta.annotation.PostConstruct
    void removeAbandonedPartialWrites() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        java.time.Instant cutoff = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
        try (var paths = Files.walk(root, 2)) {
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".part")).toList()) {
                if (Files.getLastModifiedTime(path).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** The file's path, or empty for a malformed or unknown key. */
    public Optional<Path> find(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path path = pathOf(key);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    public InputStream open(String key) throws IOException {
        return Files.newInputStream(find(key).orElseThrow(() -> new IOException("No stored file " + key)));
    }

    /** Removes a file; a missing one is not an error (deleting twice is harmless). */
    public void delete(String key) {
        find(key).ifPresent(path -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Path pathOf(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private static String newKey() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package org.apirnet.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Uploaded files on disk under the data directory, named by a random key (never by what the uploader called them),
 * in two-letter fan-out folders. Writing streams through a SHA-256 digest with a size limit, so no file is ever held
 * in memory; a write that fails or exceeds the limit leaves nothing behind, and a complete file is synced to disk
 * before its key is returned. A file whose row never commits (the portal died in between) is removed by
 * {@link OrphanedFileSweep}; every module that stores files says which it still uses ({@link StoredFileReferences}).
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
    private static final String PARTIAL = ".part";
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
        Path partial = target.resolveSibling(key + PARTIAL);
        MessageDigest sha256 = sha256();
        long size = 0;
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha256)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = content.read(buffer)) != -1; ) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, read);
            }
            out.flush();
            // On disk before the row that names it can commit: a power cut must not leave a row without its file.
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(target.getParent());
        return new StoredFile(key, size, HexFormat.of().formatHex(sha256.digest()));
    }

    /**
     * The files (complete or {@code .part}) last written before {@code cutoff}, as their keys, each with its path.
     * Read lazily: the caller closes the stream.
     */
    Stream<Map.Entry<String, Path>> filesWrittenBefore(Instant cutoff) throws IOException {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        return Files.walk(root, 2)
                .filter(Files::isRegularFile)
                .filter(path -> KEY.matcher(keyOf(path)).matches())
                .filter(path -> writtenBefore(path, cutoff))
                .map(path -> Map.entry(keyOf(path), path));
    }

    private static String keyOf(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(PARTIAL) ? name.substring(0, name.length() - PARTIAL.length()) : name;
    }

    private static boolean writtenBefore(Path path, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(path).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false; // gone meanwhile, or unreadable: not ours to judge now
        }
    }

    Path root() {
        return root;
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

    /**
     * After a save that failed: a commit whose connection died may still have landed, so the files go only if no row
     * names them. If the database cannot even be asked, they stay for {@link OrphanedFileSweep}, which asks later.
     */
    public void discardUnlessReferenced(java.util.Collection<String> keys, StoredFileReferences references) {
        try {
            java.util.Set<String> committed = references.referenced(keys);
            keys.stream().filter(key -> !committed.contains(key)).forEach(this::delete);
        } catch (RuntimeException unreachable) {
            // left to the sweep
        }
    }

    /** Makes the rename itself durable (Linux needs the directory synced; elsewhere this may not be possible). */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not every platform can open a directory; the file itself is already synced.
        }
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

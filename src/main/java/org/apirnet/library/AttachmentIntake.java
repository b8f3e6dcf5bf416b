package org.apirnet.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apirnet.platform.FileStore;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Accepts or refuses an uploaded file. It is streamed to the file store under a random key, then judged by its
 * content (Apache Tika), never by its name: an executable called {@code report.pdf} is refused. Office and
 * OpenDocument files are zip containers and are inflated once, counting, to refuse compression bombs before any
 * parser sees them. A refused file is deleted at once.
 */
@Component
class AttachmentIntake {

    /** A file that passed every check, stored and typed. */
    record Accepted(FileStore.StoredFile stored, String originalName, String mediaType) {
    }

    /** Why a file was refused, as a message key and its argument. */
    static final class Refused extends Exception {
        final String messageKey;
        final String fileName;

        Refused(String messageKey, String fileName) {
            super(messageKey);
            this.messageKey = messageKey;
            this.fileName = fileName;
        }
    }

    static final Set<String> ALLOWED_TYPES = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "text/plain",
            "text/csv",
            "image/png",
            "image/jpeg",
            "image/gif",
            "image/webp");

    private static final Set<String> ZIP_CONTAINERS = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    /** A container may inflate to this many times its size (POI's own guard uses the same ratio)… */
    static final long MAX_INFLATE_RATIO = 100;
    /** …but small files may always inflate this far, and no file beyond the hard cap. */
    static final long INFLATE_FLOOR = 20L * 1024 * 1024;
    static final long INFLATE_CAP = 300L * 1024 * 1024;

    private final FileStore files;
    private final LibraryProperties properties;
    private final Tika tika = new Tika();

    AttachmentIntake(FileStore files, LibraryProperties properties) {
        this.files = files;
        this.properties = properties;
    }

    Accepted accept(MultipartFile upload) throws Refused, IOException {
        String name = safeName(upload.getOriginalFilename());
        if (upload.isEmpty()) {
            throw new Refused("library.file.empty", name);
        }
        FileStore.StoredFile stored;
        try (InputStream in = upload.getInputStream()) {
            stored = files.store(in, properties.maxAttachmentSize().toBytes());
        } catch (FileStore.TooLargeException e) {
            throw new Refused("library.file.tooLarge", name);
        }
        try {
            Path path = files.find(stored.key()).orElseThrow();
            String type = detect(path);
            if (!ALLOWED_TYPES.contains(type)) {
                throw new Refused("library.file.typeNotAllowed", name);
            }
            if (ZIP_CONTAINERS.contains(type) && inflatesTooFar(path, stored.size())) {
                throw new Refused("library.file.bomb", name);
            }
            return new Accepted(stored, name, type);
        } catch (Refused | IOException | RuntimeException e) {
            files.delete(stored.key());
            throw e;
        }
    }

    /** Judged by content alone: the name is deliberately not offered to the detector. */
    private String detect(Path path) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(path)) {
            return tika.getDetector().detect(in, new Metadata()).getBaseType().toString();
        }
    }

    /**
     * Inflates every entry the way parsers find them (through the zip's central directory, not by scanning from the
     * front, which a crafted file can make disagree) and counts the bytes.
     */
    private static boolean inflatesTooFar(Path path, long compressedSize) throws IOException {
        long budget = Math.min(INFLATE_CAP, Math.max(INFLATE_FLOOR, compressedSize * MAX_INFLATE_RATIO));
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(path.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read; (read = in.read(buffer)) != -1; ) {
                        inflated += read;
                        if (inflated > budget) {
                            return true;
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            return true; // a container that cannot be read as a zip is not the document it claims to be
        }
        return false;
    }

    /**
     * What we call the file when serving it: the last segment of whatever path the browser sent, without control
     * characters, at most 255 characters. It is never used on disk.
     */
    static String safeName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // Control and format characters go: a right-to-left override can make "exe.pdf" read as "fdp.exe".
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "file";
        }
        if (name.length() > 255) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 255 - extension.length()) + extension;
        }
        return name;
    }

    static boolean isInlineSafe(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        return type.equals("application/pdf") || type.equals("image/png") || type.equals("image/jpeg")
                || type.equals("image/gif") || type.equals("image/webp");
    }
}

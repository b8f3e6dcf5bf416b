package org.apirnet.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Accepts or refuses files people attach to content (library resources, news items). Each is streamed to the file
 * store under a random key, then judged by its content (Apache Tika), never by its name: an executable called
 * {@code report.pdf} is refused. Office and OpenDocument files are zip containers and are inflated once, counting, to
 * refuse compression bombs before any parser sees them. A refused file is deleted at once.
 */
@Component
public class AttachmentIntake {

    /** A file that passed every check, stored and typed. */
    public record Accepted(FileStore.StoredFile stored, String originalName, String mediaType) {
    }

    /** Why a file was refused, as a message key and its argument. */
    public static final class Refused extends Exception {
        public final String messageKey;
        public final String fileName;

        Refused(String messageKey, String fileName) {
            super(messageKey);
            this.messageKey = messageKey;
            this.fileName = fileName;
        }
    }

    public static final Set<String> ALLOWED_TYPES = Set.of(
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
    private final Tika tika = new Tika();

    AttachmentIntake(FileStore files) {
        this.files = files;
    }

    /** The uploads that carry a file (browsers send an empty part for an empty file input). */
    public static List<MultipartFile> chosen(List<MultipartFile> uploads) {
        return uploads == null ? List.of() : uploads.stream()
                .filter(upload -> upload != null && !(upload.isEmpty() && (upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank())))
                .toList();
    }

    /**
     * Accepts every chosen file or none: at most {@code maxFiles}, each at most {@code maxBytes}. On the first refusal
     * the files already stored are deleted and the refusal is a global error of the form (its message names the file
     * and the size limit in MB).
     */
    public List<Accepted> acceptAll(List<MultipartFile> uploads, int maxFiles, long maxBytes, Errors errors) {
        List<MultipartFile> chosen = chosen(uploads);
        if (chosen.size() > maxFiles) {
            errors.reject("attachment.tooMany", new Object[] {maxFiles}, null);
            return List.of();
        }
        List<Accepted> accepted = new ArrayList<>();
        for (MultipartFile upload : chosen) {
            try {
                accepted.add(accept(upload, maxBytes));
            } catch (Refused refused) {
                discard(accepted);
                errors.reject(refused.messageKey, new Object[] {refused.fileName, maxBytes / (1024 * 1024)}, null);
                return List.of();
            } catch (IOException e) {
                discard(accepted);
                throw new UncheckedIOException("Could not store an upload", e);
            }
        }
        return accepted;
    }

    /** Deletes files accepted for a save that will not happen. */
    public void discard(List<Accepted> accepted) {
        accepted.forEach(file -> files.delete(file.stored().key()));
    }

    public Accepted accept(MultipartFile upload, long maxBytes) throws Refused, IOException {
        String name = safeName(upload.getOriginalFilename());
        if (upload.isEmpty()) {
            throw new Refused("attachment.empty", name);
        }
        FileStore.StoredFile stored;
        try (InputStream in = upload.getInputStream()) {
            stored = files.store(in, maxBytes);
        } catch (FileStore.TooLargeException e) {
            throw new Refused("attachment.tooLarge", name);
        }
        try {
            Path path = files.find(stored.key()).orElseThrow();
            String type = detect(path);
            if (!ALLOWED_TYPES.contains(type)) {
                throw new Refused("attachment.typeNotAllowed", name);
            }
            if (ZIP_CONTAINERS.contains(type) && inflatesTooFar(path, stored.size())) {
                throw new Refused("attachment.bomb", name);
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
    public static String safeName(String original) {
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

}

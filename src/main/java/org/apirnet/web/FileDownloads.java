package org.apirnet.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An attached file as the portal serves it, whichever module holds it: under its original name and detected type,
 * as a download unless showing it inline is harmless (PDF and images), never sniffed, sandboxed, and cacheable by
 * shared caches only while anyone at all may see it.
 */
public final class FileDownloads {

    private static final Set<String> INLINE_SAFE = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp");

    private FileDownloads() {
    }

    public static boolean isInlineSafe(String mediaType) {
        return INLINE_SAFE.contains(mediaType.toLowerCase(Locale.ROOT));
    }

    /** {@code shareable}: the file's page is visible to visitors right now (then shared caches may keep it a while). */
    public static ResponseEntity<FileSystemResource> of(Path path, String originalName, String mediaType, long size,
                                                        boolean shareable) {
        ContentDisposition disposition = (isInlineSafe(mediaType) ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(originalName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .contentLength(size)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                // An uploaded file opened in the browser (a PDF, an image) runs no script and reaches no page of ours.
                .header("Content-Security-Policy", "sandbox")
                // Shared caches may keep only what any visitor may see right now; drafts and members-only files stay private.
                .header(HttpHeaders.CACHE_CONTROL, shareable ? "public, max-age=300" : "private, no-store")
                .body(new FileSystemResource(path));
    }

    private static final Map<String, String> TYPE_NAMES = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/msword", "Word"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
            Map.entry("application/vnd.ms-excel", "Excel"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
            Map.entry("application/vnd.ms-powerpoint", "PowerPoint"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "OpenDocument presentation"),
            Map.entry("text/plain", "Text"),
            Map.entry("text/csv", "CSV"),
            Map.entry("image/png", "PNG image"),
            Map.entry("image/jpeg", "JPEG image"),
            Map.entry("image/gif", "GIF image"),
            Map.entry("image/webp", "WebP image"));

    /** "PDF" rather than "application/pdf": what people call the kind of file they are about to download. */
    public static String humanType(String mediaType) {
        return TYPE_NAMES.getOrDefault(mediaType, mediaType);
    }

    public static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}

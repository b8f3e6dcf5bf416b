package org.apirnet.library;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apirnet.platform.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extracts the text of attachments for search, in the background and after the upload's transaction has committed,
 * one file at a time with a time limit. A file that fails to parse keeps its place in the library; the failure is
 * recorded for editors to see.
 */
@Component
class TextExtractor {

    static final int MAX_CHARACTERS = 2_000_000;
    private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);

    private final FileStore files;
    private final ResourceAttachmentRepository attachments;
    private final TransactionTemplate transaction;
    private final LibraryProperties properties;
    private final ResourceIndexing indexing;
    /** One worker: extraction is CPU-heavy and must not starve page requests on a small server. */
    private final ExecutorService queue = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("text-extraction").daemon().factory());
    /** Bounded: a parser that ignores interruption after a timeout can occupy at most these threads. */
    private final ExecutorService parsing = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("text-parser", 0).daemon().factory());

    TextExtractor(FileStore files, ResourceAttachmentRepository attachments, TransactionTemplate transaction,
                  LibraryProperties properties, ResourceIndexing indexing) {
        this.indexing = indexing;
        this.files = files;
        this.attachments = attachments;
        this.transaction = transaction;
        this.properties = properties;
    }

    void extractLater(long attachmentId) {
        queue.submit(() -> {
            try {
                extract(attachmentId);
            } catch (RuntimeException e) {
                log.error("Text extraction of attachment {} could not be recorded", attachmentId, e);
            }
        });
    }

    /** Files whose extraction was queued when the portal last stopped are queued again. */
    @EventListener(ApplicationReadyEvent.class)
    void resumePending() {
        List<Long> pending = transaction.execute(status -> attachments.findPendingText());
        if (pending != null && !pending.isEmpty()) {
            log.info("Resuming text extraction for {} attachment(s)", pending.size());
            pending.forEach(this::extractLater);
        }
    }

    void extract(long attachmentId) {
        String key = transaction.execute(status -> attachments.findStorageKey(attachmentId).orElse(null));
        if (key == null) {
            return;
        }
        String text;
        String error = null;
        Future<String> parse = parsing.submit(() -> parse(key));
        try {
            text = parse.get(properties.extractionTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            text = null;
            error = "Text extraction took longer than " + properties.extractionTimeout().toSeconds() + " seconds";
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            text = null;
            error = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            log.warn("Could not extract text from attachment {}: {}", attachmentId, error);
        }
        String extracted = text == null || text.isBlank() ? null : text;
        String status = error != null ? "FAILED" : extracted == null ? "EMPTY" : "EXTRACTED";
        String failure = error == null || error.length() <= 1000 ? error : error.substring(0, 999) + "\u2026";
        // The text and the resource's search document change together: search finds the file's words once it commits.
        transaction.executeWithoutResult(tx -> {
            attachments.storeText(attachmentId, status, extracted, failure);
            attachments.findResourceId(attachmentId).ifPresent(indexing::reindex);
        });
    }

    private String parse(String key) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
        try (InputStream in = TikaInputStream.get(files.find(key).orElseThrow())) {
            new AutoDetectParser().parse(in, handler, new Metadata(), new ParseContext());
        } catch (WriteLimitReachedException e) {
            // Enough text for search; the rest of a very long document is not needed.
        } catch (org.xml.sax.SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
        }
        return handler.toString().strip();
    }

    @PreDestroy
    void stop() {
        queue.shutdownNow();
        parsing.shutdownNow();
    }
}

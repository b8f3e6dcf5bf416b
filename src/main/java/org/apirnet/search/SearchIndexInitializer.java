package org.apirnet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apirnet.platform.DataChanges;
import org.apirnet.platform.PortalProperties;
import org.apirnet.platform.SearchAnalyzers;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure every index matches the database before the portal reports itself ready (runners finish before
 * readiness). An index is rebuilt from the database when it is empty while its table is not (a fresh or deleted
 * index directory, rows written by Flyway or a restored backup), when its document count differs from the row count,
 * or when it was built for another document schema (its fields, or the analysis, changed since): each index's
 * schema fingerprint is kept next to it and compared at start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before demo content, which is indexed as it is saved
class SearchIndexInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);
    private static final String FINGERPRINTS = "schema-fingerprints.properties";

    private final EntityManagerFactory entityManagerFactory;
    private final DataChanges changes;
    private final Path fingerprintFile;
    private final boolean indexOnDisk;

    SearchIndexInitializer(EntityManagerFactory entityManagerFactory, DataChanges changes, PortalProperties properties,
                           Environment environment) {
        this.entityManagerFactory = entityManagerFactory;
        this.changes = changes;
        this.fingerprintFile = properties.indexDir().resolve(FINGERPRINTS);
        // An index in memory (tests) starts empty every time; only one on disk can be outdated.
        this.indexOnDisk = !"local-heap".equals(environment.getProperty("spring.jpa.properties.hibernate.search.backend.directory.type"));
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        Properties fingerprints = readFingerprints();
        boolean changed = false;
        for (SearchIndexedEntity<?> indexed : mapping.allIndexedEntities()) {
            String index = indexed.indexManager().descriptor().hibernateSearchName();
            String fingerprint = fingerprint(indexed.indexManager().descriptor());
            String reason = indexOnDisk && !fingerprint.equals(fingerprints.getProperty(index))
                    ? "its document schema changed" : countMismatch(indexed);
            if (reason != null) {
                long started = System.nanoTime();
                log.info("Rebuilding the search index '{}' from the database: {}", index, reason);
                mapping.scope(indexed.javaClass()).massIndexer()
                        .purgeAllOnStart(true)
                        .threadsToLoadObjects(2)
                        .batchSizeToLoadObjects(25)
                        .startAndWait();
                changes.changed(); // lists answered from the half-built index while it ran are stale now
                log.info("Search index '{}' rebuilt in {} s", index, (System.nanoTime() - started) / 1_000_000_000);
            }
            if (!fingerprint.equals(fingerprints.getProperty(index))) {
                fingerprints.setProperty(index, fingerprint);
                changed = true;
            }
        }
        if (changed && indexOnDisk) {
            writeFingerprints(fingerprints);
        }
    }

    /** Why the index's document count says it is incomplete, or null when it matches the table. */
    private String countMismatch(SearchIndexedEntity<?> indexed) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            long documents = Search.session(entityManager).search(indexed.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
            long rows = entityManager.createQuery("select count(e) from " + indexed.jpaName() + " e", Long.class).getSingleResult();
            return documents == rows ? null : "it holds " + documents + " documents for " + rows + " rows";
        }
    }

    /** Every field with its type and traits, and the version of the analysis: what documents built for it depend on. */
    static String fingerprint(IndexDescriptor descriptor) {
        TreeSet<String> lines = new TreeSet<>();
        lines.add("analysis=" + SearchAnalyzers.VERSION);
        for (IndexFieldDescriptor field : descriptor.staticFields()) {
            if (field.isValueField()) {
                IndexValueFieldTypeDescriptor type = field.toValueField().type();
                lines.add(field.absolutePath() + " " + type.valueClass().getName() + " " + new TreeSet<>(type.traits())
                        + " multi=" + field.multiValued() + " analyzer=" + type.analyzerName().orElse("")
                        + " normalizer=" + type.normalizerName().orElse(""));
            } else {
                lines.add(field.absolutePath() + " object");
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private Properties readFingerprints() {
        Properties fingerprints = new Properties();
        if (indexOnDisk && Files.isRegularFile(fingerprintFile)) {
            try (var in = Files.newBufferedReader(fingerprintFile)) {
                fingerprints.load(in);
            } catch (IOException e) {
                log.warn("Could not read {}; every index will be checked as if new", fingerprintFile, e);
            }
        }
        return fingerprints;
    }

    private void writeFingerprints(Properties fingerprints) {
        try {
            Files.createDirectories(fingerprintFile.getParent());
            try (var out = Files.newBufferedWriter(fingerprintFile)) {
                fingerprints.store(out, "Document schema of each search index when it was last built (see SearchIndexInitializer)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not record the search index schema in " + fingerprintFile, e);
        }
    }
}

package org.apirnet.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import org.apirnet.content.IndexedKind;
import org.apirnet.platform.DataChanges;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Rebuilds every search index from the database while search keeps answering: documents are replaced in place, batch
 * by batch, never purged first, so every query meanwhile finds everything it found before; documents whose row is gone
 * are removed at the end. One rebuild at a time, on a thread of its own; its progress is what the admin page shows.
 */
@Component
class SearchIndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRebuild.class);
    /** Rows read and indexed at a time: with their file text, a few megabytes at most. */
    private static final int BATCH_SIZE = 25;

    /**
     * One index: its rows, how many were indexed so far, and, when the rebuild is over, how many documents it holds
     * against how many rows the table holds then (items added meanwhile count on both sides).
     *
     * @param labelKey   what it holds, as a message key
     * @param rows       rows in the database when the rebuild started: the length of the progress bar
     * @param done       rows indexed so far
     * @param documents  documents in the index afterwards, or -1 while rebuilding
     * @param rowsAfter  rows in the database afterwards, or -1 while rebuilding
     */
    record KindProgress(String labelKey, long rows, long done, long documents, long rowsAfter) {

        public boolean matches() {
            return documents == rowsAfter;
        }
    }

    /** A rebuild's state, or the last one's. */
    record Progress(boolean running, Instant startedAt, Instant finishedAt, List<KindProgress> kinds, String failure) {

        static final Progress NEVER = new Progress(false, null, null, List.of(), null);

        public long rows() {
            return kinds.stream().mapToLong(KindProgress::rows).sum();
        }

        public long done() {
            return kinds.stream().mapToLong(KindProgress::done).sum();
        }

        public int percent() {
            return rows() == 0 ? (running ? 0 : 100) : (int) (done() * 100 / rows());
        }
    }

    /** The mutable state of the index being rebuilt. */
    private static final class Counter {
        final String labelKey;
        final long rows;
        final AtomicLong done = new AtomicLong();
        volatile long documents = -1;
        volatile long rowsAfter = -1;

        Counter(String labelKey, long rows) {
            this.labelKey = labelKey;
            this.rows = rows;
        }

        KindProgress snapshot() {
            return new KindProgress(labelKey, rows, done.get(), documents, rowsAfter);
        }
    }

    private final EntityManagerFactory entityManagerFactory;
    private final DataChanges changes;
    private final Clock clock;
    private final Map<Class<?>, String> labelKeys;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("search-rebuild").daemon().factory());
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile List<Counter> counters = List.of();
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String failure;

    SearchIndexRebuild(EntityManagerFactory entityManagerFactory, DataChanges changes, Clock clock, List<IndexedKind> kinds) {
        this.entityManagerFactory = entityManagerFactory;
        this.changes = changes;
        this.clock = clock;
        this.labelKeys = kinds.stream().collect(Collectors.toUnmodifiableMap(IndexedKind::entityType, IndexedKind::labelKey));
    }

    /** Starts a rebuild; false when one is already running. */
    boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        startedAt = clock.instant();
        finishedAt = null;
        failure = null;
        counters = List.of();
        worker.execute(this::rebuild);
        return true;
    }

    Progress progress() {
        if (startedAt == null) {
            return Progress.NEVER;
        }
        return new Progress(running.get(), startedAt, finishedAt, counters.stream().map(Counter::snapshot).toList(), failure);
    }

    /** Rows in the database and documents in the index, per index, as they are now. */
    List<KindProgress> currentCounts() {
        List<KindProgress> counts = new ArrayList<>();
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            for (SearchIndexedEntity<?> indexed : Search.mapping(entityManagerFactory).allIndexedEntities()) {
                long rows = countRows(entityManager, indexed);
                long documents = session.search(indexed.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
                counts.add(new KindProgress(labelKeyOf(indexed), rows, rows, documents, rows));
            }
        }
        return counts;
    }

    private void rebuild() {
        try {
            List<SearchIndexedEntity<?>> indexes = List.copyOf(Search.mapping(entityManagerFactory).allIndexedEntities());
            List<Counter> started = new ArrayList<>();
            List<List<Object>> ids = new ArrayList<>();
            try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                for (SearchIndexedEntity<?> indexed : indexes) {
                    List<Object> rowIds = entityManager.createQuery("select e.id from " + indexed.jpaName() + " e order by e.id", Object.class)
                            .getResultList();
                    ids.add(rowIds);
                    started.add(new Counter(labelKeyOf(indexed), rowIds.size()));
                }
            }
            counters = List.copyOf(started);
            for (int i = 0; i < indexes.size(); i++) {
                rebuild(indexes.get(i), ids.get(i), started.get(i));
            }
            log.info("Search index rebuilt from the database: {}", started.stream()
                    .map(c -> c.labelKey + " " + c.documents + "/" + c.rowsAfter).collect(Collectors.joining(", ")));
        } catch (Throwable e) { // out of memory too: the page must not say "finished"
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.error("Rebuilding the search index failed", e);
        } finally {
            changes.changed(); // pages and lists kept from before answer from the rebuilt index now
            finishedAt = clock.instant();
            running.set(false);
        }
    }

    private void rebuild(SearchIndexedEntity<?> indexed, List<Object> ids, Counter counter) {
        Class<?> type = indexed.javaClass();
        for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
            List<Object> batch = ids.subList(from, Math.min(from + BATCH_SIZE, ids.size()));
            try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                try {
                    entityManager.getTransaction().begin();
                    // FOR SHARE until the documents are written: an edit of these rows waits, then indexes its own
                    // newer state after ours, so the rebuild never overwrites a change with what it read before it.
                    entityManager.createQuery("select e.id from " + indexed.jpaName() + " e where e.id in :ids", Object.class)
                            .setParameter("ids", batch).setLockMode(LockModeType.PESSIMISTIC_READ).getResultList();
                    SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                    entityManager.createQuery("select e from " + indexed.jpaName() + " e where e.id in :ids", type)
                            .setParameter("ids", batch).getResultList().forEach(plan::addOrUpdate);
                    plan.execute(); // the documents are built now, while the entities' lazy parts can still load
                    entityManager.getTransaction().commit(); // nothing written: the transaction only read
                } finally {
                    if (entityManager.getTransaction().isActive()) {
                        entityManager.getTransaction().rollback();
                    }
                }
            }
            counter.done.addAndGet(batch.size());
        }
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            // Documents whose row is gone now (not merely absent from the list read at the start: rows added
            // meanwhile were indexed by their own transaction and stay).
            List<?> documents = session.search(type).select(f -> f.id()).where(f -> f.matchAll()).fetchAllHits();
            Set<Object> existing = new HashSet<>();
            for (int from = 0; from < documents.size(); from += 1_000) {
                existing.addAll(entityManager.createQuery("select e.id from " + indexed.jpaName() + " e where e.id in :ids", Object.class)
                        .setParameter("ids", documents.subList(from, Math.min(from + 1_000, documents.size()))).getResultList());
            }
            List<?> gone = documents.stream().filter(id -> !existing.contains(id)).toList();
            if (!gone.isEmpty()) {
                entityManager.getTransaction().begin();
                SearchIndexingPlan plan = session.indexingPlan();
                gone.forEach(id -> plan.purge(type, id, null));
                plan.execute();
                entityManager.getTransaction().commit();
                log.info("Removed {} documents without a row from the search index '{}'", gone.size(), indexed.jpaName());
            }
            session.workspace(type).refresh();
            counter.documents = session.search(type).where(f -> f.matchAll()).fetchTotalHitCount();
            counter.rowsAfter = countRows(entityManager, indexed);
        }
    }

    private long countRows(EntityManager entityManager, SearchIndexedEntity<?> indexed) {
        return entityManager.createQuery("select count(e) from " + indexed.jpaName() + " e", Long.class).getSingleResult();
    }

    private String labelKeyOf(SearchIndexedEntity<?> indexed) {
        return labelKeys.getOrDefault(indexed.javaClass(), "search.index." + indexed.jpaName().toLowerCase(java.util.Locale.ROOT));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}

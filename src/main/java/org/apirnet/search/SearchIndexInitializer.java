package org.apirnet.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rows written outside Hibernate (Flyway's reference data, a restored backup) are not in the index, and a
 * fresh or deleted index directory is empty. At start-up every indexed kind whose index is empty while its
 * table is not is rebuilt from the database.
 */
@Component
class SearchIndexInitializer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

    private final EntityManagerFactory entityManagerFactory;

    SearchIndexInitializer(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildEmptyIndexes() throws InterruptedException {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        for (SearchIndexedEntity<?> indexed : mapping.allIndexedEntities()) {
            if (needsRebuild(indexed)) {
                long started = System.nanoTime();
                mapping.scope(indexed.javaClass()).massIndexer().startAndWait();
                log.info("Search index for {} rebuilt from the database in {} ms", indexed.jpaName(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    private boolean needsRebuild(SearchIndexedEntity<?> indexed) {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            long documents = Search.session(entityManager).search(indexed.javaClass())
                    .where(f -> f.matchAll()).fetchTotalHitCount();
            if (documents > 0) {
                return false;
            }
            Long rows = entityManager.createQuery("select count(e) from " + indexed.jpaName() + " e", Long.class)
                    .getSingleResult();
            return rows > 0;
        } finally {
            entityManager.close();
        }
    }
}

package org.apirnet.content;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;

/**
 * Runs queries that the search index answers alone (projections, counts, facets) in a session of their own, outside
 * any transaction: no database connection is taken, so listing pages cost no SQL however large the data.
 */
@Component
public class IndexSearch {

    private final EntityManagerFactory entityManagerFactory;

    IndexSearch(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    public <T> T query(Function<SearchSession, T> work) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return work.apply(Search.session(entityManager));
        }
    }
}

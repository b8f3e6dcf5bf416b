package org.apirnet.library;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a resource's search document current for the one change Hibernate Search cannot see: extracted text, which
 * is written without loading the entity. Every other change (publish, edit, archive, visibility) reaches the index
 * by itself when its transaction commits.
 */
@Component
class ResourceIndexing {

    @PersistenceContext
    private EntityManager entityManager;

    /** Rebuilds the resource's document when the surrounding transaction commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    void reindex(long resourceId) {
        Resource resource = entityManager.find(Resource.class, resourceId);
        if (resource != null) {
            Search.session(entityManager).indexingPlan().addOrUpdate(resource);
        }
    }
}

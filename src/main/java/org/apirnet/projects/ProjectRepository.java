package org.apirnet.projects;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Rows by id. Lists, facets and choices come from the search index ({@link ProjectSearch}), never from here. */
interface ProjectRepository extends Repository<Project, Long> {

    Project save(Project project);

    Optional<Project> findById(long id);

    boolean existsByIdNotNull();
}

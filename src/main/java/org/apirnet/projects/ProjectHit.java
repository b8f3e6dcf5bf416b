package org.apirnet.projects;

import java.time.LocalDate;
import java.util.List;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** A project as the index returns it for lists and blocks: what a card shows and links to, without SQL. */
@ProjectionConstructor
record ProjectHit(@IdProjection Long id,
                  @FieldProjection String title,
                  @FieldProjection String summary,
                  @FieldProjection(path = Project.SLUG) String slug,
                  @FieldProjection(path = Project.STAGE) ProjectStage stage,
                  @FieldProjection(path = Project.START) LocalDate start,
                  @FieldProjection(path = Project.END) LocalDate end,
                  @FieldProjection List<Short> themes,
                  @FieldProjection List<String> countries) {
}

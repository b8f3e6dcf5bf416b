package org.apirnet.library;

import java.util.List;

import org.apirnet.content.ContentIndex;
import org.apirnet.content.Visibility;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** A resource as the search index returns it for lists: everything a card shows, without touching the database. */
@ProjectionConstructor
record ResourceHit(@IdProjection Long id,
                   @FieldProjection String title,
                   @FieldProjection String summary,
                   @FieldProjection(path = ContentIndex.RESOURCE_TYPE) Short resourceType,
                   @FieldProjection String language,
                   @FieldProjection Integer year,
                   @FieldProjection List<Short> themes,
                   @FieldProjection List<String> countries,
                   @FieldProjection Visibility visibility) {
}

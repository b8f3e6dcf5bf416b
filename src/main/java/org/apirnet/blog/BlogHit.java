package org.apirnet.blog;

import java.time.Instant;
import java.util.List;

import org.apirnet.content.ContentIndex;
import org.apirnet.content.Visibility;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** A post as the index returns it for lists and blocks. */
@ProjectionConstructor
record BlogHit(@IdProjection Long id,
               @FieldProjection String title,
               @FieldProjection String summary,
               @FieldProjection(path = BlogPost.BLOG_KIND) BlogKind kind,
               @FieldProjection(path = BlogPost.SLUG) String slug,
               @FieldProjection(path = BlogPost.AUTHOR) Long author,
               @FieldProjection(path = ContentIndex.PUBLISHED) Instant published,
               @FieldProjection List<Short> themes,
               @FieldProjection List<String> countries,
               @FieldProjection Visibility visibility) {
}

package org.apirnet.forum;

import java.time.Instant;
import java.util.List;

import org.apirnet.content.ContentIndex;
import org.apirnet.content.Visibility;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** A discussion as the index returns it for lists: what a card shows, without SQL. */
@ProjectionConstructor
record DiscussionHit(@IdProjection Long id,
                     @FieldProjection String title,
                     @FieldProjection String summary,
                     @FieldProjection(path = Discussion.OPENS) Instant opensAt,
                     @FieldProjection(path = Discussion.CLOSES) Instant closesAt,
                     @FieldProjection String timeZone,
                     @FieldProjection(path = Discussion.SYNOPSIS_PUBLISHED) Instant synopsisPublishedAt,
                     @FieldProjection(path = ContentIndex.THEMES) List<Short> themes,
                     @FieldProjection(path = ContentIndex.COUNTRIES) List<String> countries,
                     @FieldProjection(path = ContentIndex.VISIBILITY) Visibility visibility) {
}

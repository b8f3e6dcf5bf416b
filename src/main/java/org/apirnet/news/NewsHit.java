package org.apirnet.news;

import java.time.Instant;
import java.util.List;

import org.apirnet.content.ContentIndex;
import org.apirnet.content.Visibility;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** A news item as the index returns it for lists and blocks: what a card shows and links to, without SQL. */
@ProjectionConstructor
record NewsHit(@IdProjection Long id,
               @FieldProjection String title,
               @FieldProjection String summary,
               @FieldProjection(path = NewsItem.NEWS_KIND) NewsKind kind,
               @FieldProjection(path = NewsItem.SLUG) String slug,
               @FieldProjection(path = ContentIndex.PUBLISHED) Instant published,
               @FieldProjection List<Short> themes,
               @FieldProjection List<String> countries,
               @FieldProjection Visibility visibility,
               @FieldProjection(path = NewsItem.CARD_KEY) String cardKey,
               @FieldProjection(path = NewsItem.CARD_WIDTH) Integer cardWidth,
               @FieldProjection(path = NewsItem.CARD_HEIGHT) Integer cardHeight,
               @FieldProjection(path = NewsItem.IMAGE_ALT) String imageAlt) {
}

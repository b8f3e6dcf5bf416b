package org.apirnet.events;

import java.time.Instant;
import java.util.List;

import org.apirnet.content.Visibility;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** An event as the index returns it for lists and feeds: what a card or a calendar entry shows, without SQL. */
@ProjectionConstructor
record EventHit(@IdProjection Long id,
                @FieldProjection String title,
                @FieldProjection String summary,
                @FieldProjection(path = Event.TYPE) EventType type,
                @FieldProjection(path = Event.STARTS) Instant startsAt,
                @FieldProjection(path = Event.ENDS) Instant endsAt,
                @FieldProjection String timeZone,
                @FieldProjection String venue,
                @FieldProjection String onlineUrl,
                @FieldProjection String reportUrl,
                @FieldProjection(path = Event.CANCELLED) Boolean cancelled,
                @FieldProjection(path = Event.SEQUENCE) Integer sequence,
                @FieldProjection List<Short> themes,
                @FieldProjection List<String> countries,
                @FieldProjection Visibility visibility) {
}

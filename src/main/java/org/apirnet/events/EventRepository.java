package org.apirnet.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apirnet.content.ContentStatus;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Rows by id and the review queue, each backed by an index. Public lists, calendars, counts and feeds come from the
 * search index ({@link EventSearch}), never from here.
 */
interface EventRepository extends Repository<Event, Long> {

    Event save(Event event);

    Optional<Event> findById(long id);

    boolean existsByIdNotNull();

    List<Event> findByStatusOrderByUpdatedAtAsc(ContentStatus status, Pageable page);

    long countByStatus(ContentStatus status);

    /** When any event last changed: the validator of the iCalendar feed (one index scan of the status index's tail). */
    @Query("select max(e.updatedAt) from Event e")
    Optional<Instant> lastChange();
}

package org.apirnet.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apirnet.content.ContentIndex;
import org.apirnet.content.IndexSearch;
import org.apirnet.content.Visibility;
import org.apirnet.platform.ChangeAwareCache;
import org.apirnet.platform.DataChanges;
import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;

import org.springframework.stereotype.Component;

/** What an iCalendar request asks for, checked against the reference data, and single public events from the index. */
@Component
class EventFeed {

    /** The feed keeps events that ended up to this many days ago, so a client sees recent cancellations and changes. */
    static final int PAST_DAYS = 90;

    /** A checked feed request: its filters, a key for its validator, and the calendar's name. */
    record Selection(EventSearch.Filters filters, String key, String name) {
    }

    private final Taxonomy taxonomy;
    private final IndexSearch index;
    private final EventSearch search;
    private final EventCalendar calendar;
    // Calendar clients poll the same few feeds all day and a full feed is hundreds of kilobytes: writing it anew for
    // every poll made concurrent polls hold many copies at once (the benchmark ran the heap out). One copy per feed is
    // kept until the next change; the time to live moves the window of past events along.
    private final ChangeAwareCache<String, byte[]> bodies;

    EventFeed(Taxonomy taxonomy, IndexSearch index, EventSearch search, EventCalendar calendar, DataChanges changes) {
        this.taxonomy = taxonomy;
        this.index = index;
        this.search = search;
        this.calendar = calendar;
        this.bodies = new ChangeAwareCache<>(changes, 64, Duration.ofMinutes(10));
    }

    /** The feed's iCalendar text (UTF-8) for a checked selection, written once per change. */
    byte[] body(Selection selection) {
        return bodies.get(selection.key(), key -> calendar.feed(
                search.feed(selection.filters(), Instant.now().minus(Duration.ofDays(PAST_DAYS))), selection.name()));
    }

    /** Empty when a given theme or country names nothing. */
    Optional<Selection> select(String themeSlug, String countrySlug) {
        Optional<Theme> theme = Optional.empty();
        Optional<Country> country = Optional.empty();
        if (themeSlug != null && !themeSlug.isBlank()) {
            theme = taxonomy.theme(themeSlug.strip());
            if (theme.isEmpty()) {
                return Optional.empty();
            }
        }
        if (countrySlug != null && !countrySlug.isBlank()) {
            country = taxonomy.country(countrySlug.strip());
            if (country.isEmpty()) {
                return Optional.empty();
            }
        }
        StringBuilder name = new StringBuilder("AP-IRNet events");
        theme.ifPresent(t -> name.append(" \u2013 ").append(t.getName()));
        country.ifPresent(c -> name.append(" \u2013 ").append(c.getName()));
        return Optional.of(new Selection(new EventSearch.Filters(theme.map(Theme::getId).orElse(null),
                country.map(Country::getIso2).orElse(null), null),
                theme.map(Theme::getSlug).orElse("") + "/" + country.map(Country::getSlug).orElse(""), name.toString()));
    }

    /** A published public event, as the index holds it; members-only and unpublished events are not found. */
    Optional<EventHit> one(long id) {
        List<EventHit> hits = index.query(session -> session.search(Event.class)
                .select(EventHit.class)
                .where(f -> f.bool().filter(f.id().matching(id)).filter(ContentIndex.visibleTo(f, false))
                        .filter(f.match().field(ContentIndex.VISIBILITY).matching(Visibility.PUBLIC)))
                .fetchHits(1));
        return hits.stream().findFirst();
    }
}

package org.apirnet.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.apirnet.content.IndexedKind;
import org.apirnet.platform.LocalTimes;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.NavigationItem;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.RequestValues;
import org.apirnet.web.SharedPages;
import org.apirnet.web.PageDescription;

import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/** Browsing events (upcoming, past, by month), reading one, and the iCalendar feeds: what everyone does. */
@Controller
class EventsController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final EventsBrowsePage browsePage;
    private final EventService events;
    private final EventViews views;
    private final EventCalendar calendar;
    private final EventFeed feed;
    private final CurrentViewer viewer;

    EventsController(EventsBrowsePage browsePage, EventService events, EventViews views,
                     EventCalendar calendar, EventFeed feed, CurrentViewer viewer) {
        this.browsePage = browsePage;
        this.events = events;
        this.views = views;
        this.calendar = calendar;
        this.feed = feed;
        this.viewer = viewer;
    }

    /** Filters and the view arrive as plain query parameters, so every state is a bookmarkable link. */
    @GetMapping("/events")
    String browse(@RequestParam(name = "theme", required = false) String theme,
                  @RequestParam(name = "country", required = false) String country,
                  @RequestParam(name = "type", required = false) String type,
                  @RequestParam(name = "when", required = false) String when,
                  @RequestParam(name = "view", required = false) String view,
                  @RequestParam(name = "month", required = false) String month,
                  @RequestParam(name = "tz", required = false) String tz,
                  @RequestParam(name = "page", required = false) String page,
                  Model model) {
        EventsBrowsePage.Request request = new EventsBrowsePage.Request(theme, country, type, when, view, month, tz,
                RequestValues.pageIndex(page));
        model.addAttribute("view", browsePage.show(request, viewer.isMember(), Instant.now()));
        model.addAttribute("canSubmit", viewer.isMember() && !viewer.isEditor());
        model.addAttribute("isEditor", viewer.isEditor());
        model.addAttribute("weekdays", EventsBrowsePage.weekdays());
        SharedPages.share();
        return "events/list";
    }

    @GetMapping("/events/{id}")
    String read(@PathVariable String id, @RequestParam(name = "tz", required = false) String tz, Model model) {
        Event event = visibleEvent(id);
        Optional<ZoneId> zone = zone(tz);
        model.addAttribute("event", views.detail(event, zone.orElse(null)));
        PageDescription.describe(model, event.getSummary());
        model.addAttribute("tz", zone.map(ZoneId::getId).orElse(""));
        model.addAttribute("tzUnknown", tz != null && !tz.isBlank() && zone.isEmpty());
        boolean editor = viewer.isEditor();
        model.addAttribute("isEditor", editor);
        List<org.apirnet.content.AuditEntry> history = editor ? events.history(event.getId()) : List.of();
        model.addAttribute("history", history);
        model.addAttribute("names", editor ? events.names(history.stream().map(org.apirnet.content.AuditEntry::actorId)
                .filter(java.util.Objects::nonNull).distinct().toList()) : java.util.Map.of());
        if (!viewer.accountId().map(event::isAuthoredBy).orElse(false)) {
            SharedPages.share();
        }
        return "events/detail";
    }

    /** One event as iCalendar: only what a visitor could read (a file saved from it leaves the session behind). */
    @GetMapping("/events/{id}.ics")
    ResponseEntity<String> ics(@PathVariable String id) {
        long eventId = RequestValues.requiredId(id);
        EventHit hit = feed.one(eventId).orElseThrow(() -> new NotFoundException("event"));
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "inline; filename=\"event-" + eventId + ".ics\"")
                .body(calendar.single(hit));
    }

    /**
     * The visitors' feed, filterable by theme and country. A theme or country that names nothing is a 404: a feed URL
     * is subscribed to once and polled for years, so silently widening it would fill someone's calendar with
     * everything. Answers 304 when nothing changed since the client's copy.
     */
    @GetMapping("/events.ics")
    ResponseEntity<byte[]> feed(@RequestParam(name = "theme", required = false) String theme,
                                @RequestParam(name = "country", required = false) String country,
                                WebRequest request) {
        EventFeed.Selection selection = feed.select(theme, country).orElseThrow(() -> new NotFoundException("feed filter"));
        Instant lastChange = events.lastChange().orElse(Instant.EPOCH);
        String etag = "\"events-" + lastChange.toEpochMilli() + "-" + Integer.toHexString(selection.key().hashCode()) + "\"";
        if (request.checkNotModified(etag, lastChange.toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Cache-Control", "no-cache")
                .body(feed.body(selection));
    }

    private Event visibleEvent(String id) {
        Event event = events.find(RequestValues.requiredId(id)).orElseThrow(() -> new NotFoundException("event"));
        boolean mayRead = event.isVisibleTo(viewer.isMember()) || viewer.isEditor()
                || viewer.accountId().map(event::isAuthoredBy).orElse(false);
        if (!mayRead) {
            throw new NotFoundException("event");
        }
        return event;
    }

    /** A zone the viewer asked to see times in: an IANA region id, or nothing (an unknown one is said so, not a 500). */
    static Optional<ZoneId> zone(String tz) {
        return LocalTimes.zone(tz);
    }

    @Bean
    static IndexedKind eventKind() {
        return new IndexedKind(Event.KIND, Event.class, "events.kind", "/events/");
    }

    @Bean
    static NavigationItem eventsNavigation() {
        return new NavigationItem("/events", "nav.events", 25);
    }
}

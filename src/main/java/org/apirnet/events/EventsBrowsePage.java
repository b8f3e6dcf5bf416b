package org.apirnet.events;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.Facet;
import org.apirnet.web.Pager;
import org.apirnet.web.QueryLinks;
import org.apirnet.web.RequestValues;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The events page: upcoming (soonest first), past (latest first, with their reports) or one month as a calendar
 * table. Filters come from the query string (a value that names nothing is dropped with a notice); one index query
 * answers the list and its facet counts; every state is a plain link, so the page works without JavaScript.
 */
@Component
class EventsBrowsePage {

    /** The query string as it came; any value at all. */
    record Request(String theme, String country, String type, String when, String view, String month, String tz,
                   int pageIndex) {
    }

    /** One day of the month grid; {@code day} is null for the days of the neighbouring months that pad a week. */
    public record Day(LocalDate day, String label, List<EventViews.Card> events, boolean today) {
    }

    /** The month view: its name, the weeks of its grid, and the neighbouring months' links. */
    public record Month(String name, String value, List<List<Day>> weeks, String previousHref, String previousName,
                        String nextHref, String nextName, boolean truncated) {
    }

    /** What the template shows; {@code month} is null unless the month view was asked for. */
    public record View(String mode, List<EventViews.Card> results, long total, Pager pager, List<Facet> facets,
                       QueryLinks links, List<String> ignored, Month month, String upcomingHref, String pastHref,
                       String monthHref, String feedHref, String tz) {
    }

    private static final List<String> WEEKDAYS = Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();

    private final EventSearch search;
    private final EventViews views;
    private final Taxonomy taxonomy;
    private final MessageSource messages;

    EventsBrowsePage(EventSearch search, EventViews views, Taxonomy taxonomy, MessageSource messages) {
        this.search = search;
        this.views = views;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    /** A type's name as the reader's language says it (facet values are names, not message keys). */
    private String typeName(EventType type) {
        return messages.getMessage("events.type." + type.name(), null, type.name(), LocaleContextHolder.getLocale());
    }

    static List<String> weekdays() {
        return WEEKDAYS;
    }

    View show(Request request, boolean viewerIsMember, Instant now) {
        List<String> ignored = new ArrayList<>();
        Optional<Theme> theme = RequestValues.lookUp(request.theme(), "theme", ignored, taxonomy::theme);
        Optional<Country> country = RequestValues.lookUp(request.country(), "country", ignored, taxonomy::country);
        Optional<EventType> type = RequestValues.lookUp(request.type(), "type", ignored, EventType::ofSlug);
        Optional<String> when = RequestValues.lookUp(request.when(), "when", ignored,
                value -> "past".equals(value) ? Optional.of(value) : Optional.empty());
        Optional<String> view = RequestValues.lookUp(request.view(), "view", ignored,
                value -> "month".equals(value) ? Optional.of(value) : Optional.empty());
        Optional<ZoneId> tz = request.tz() == null || request.tz().isBlank() ? Optional.empty() : EventsController.zone(request.tz());
        if (request.tz() != null && !request.tz().isBlank() && tz.isEmpty()) {
            ignored.add("tz");
        }
        YearMonth thisMonth = YearMonth.from(now.atZone(ZoneOffset.UTC));
        YearMonth month = thisMonth;
        if (view.isPresent() && request.month() != null && !request.month().isBlank()) {
            Optional<YearMonth> asked = month(request.month());
            if (asked.isEmpty()) {
                ignored.add("month");
            } else {
                month = asked.get();
            }
        }

        Map<String, Object> state = new LinkedHashMap<>();
        state.put("theme", theme.map(Theme::getSlug).orElse(null));
        state.put("country", country.map(Country::getSlug).orElse(null));
        state.put("type", type.map(EventType::slug).orElse(null));
        state.put("when", view.isPresent() ? null : when.orElse(null));
        state.put("view", view.orElse(null));
        state.put("month", view.isPresent() ? month.toString() : null);
        state.put("tz", tz.map(ZoneId::getId).orElse(null));
        QueryLinks links = QueryLinks.of("/events", state).keeping("when", "view", "month", "tz");

        EventSearch.Filters filters = new EventSearch.Filters(theme.map(Theme::getId).orElse(null),
                country.map(Country::getIso2).orElse(null), type.orElse(null));
        Map<String, Object> filtersOnly = new LinkedHashMap<>();
        filtersOnly.put("theme", state.get("theme"));
        filtersOnly.put("country", state.get("country"));
        filtersOnly.put("type", state.get("type"));
        filtersOnly.put("tz", state.get("tz"));
        QueryLinks plain = QueryLinks.of("/events", filtersOnly);
        String upcomingHref = plain.href();
        String pastHref = plain.with("when", "past");
        String monthHref = QueryLinks.of("/events", withView(filtersOnly, thisMonth)).href();
        Map<String, Object> feedFilters = new LinkedHashMap<>();
        feedFilters.put("theme", state.get("theme"));
        feedFilters.put("country", state.get("country"));
        String feedHref = QueryLinks.of("/events.ics", feedFilters).href();

        EventSearch.Page page;
        Month monthView = null;
        String mode;
        ZoneId viewerZone = tz.orElse(null);
        if (view.isPresent()) {
            mode = "month";
            // Wide enough for every zone's local days of the month (UTC-12 to UTC+14); cells are filled by local day.
            Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofHours(14));
            Instant until = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(14));
            page = search.between(filters, from, until, viewerIsMember);
            monthView = grid(month, page, viewerZone, filtersOnly, now);
        } else {
            boolean past = when.isPresent();
            mode = past ? "past" : "upcoming";
            page = search.list(filters, past ? EventSearch.When.PAST : EventSearch.When.UPCOMING, request.pageIndex(),
                    viewerIsMember, now);
        }
        EventSearch.Facets counts = page.facets();
        List<Facet> facets = new ArrayList<>();
        facets.add(Facet.of("type", "events.filter.type", links, page.total(), type.map(this::typeName),
                Facet.byCount(counts.types()), this::typeName, EventType::slug));
        Map<Short, Theme> themes = taxonomy.themesById();
        facets.add(Facet.of("theme", "events.filter.theme", links, page.total(), theme.map(Theme::getName),
                Facet.byCount(counts.themes()), id -> themes.get(id) == null ? null : themes.get(id).getName(),
                id -> themes.get(id) == null ? null : themes.get(id).getSlug()));
        Map<String, Country> countries = taxonomy.countriesByIso2();
        facets.add(Facet.of("country", "events.filter.country", links, page.total(), country.map(Country::getName),
                Facet.byCount(counts.countries()), code -> countries.get(code) == null ? null : countries.get(code).getName(),
                code -> countries.get(code) == null ? null : countries.get(code).getSlug()));
        Pager pager = Pager.of(view.isPresent() ? 0 : request.pageIndex(), view.isPresent() ? 0 : page.total(),
                EventSearch.PAGE_SIZE, links);
        return new View(mode, view.isPresent() ? List.of() : views.cards(page.hits(), viewerZone), page.total(), pager,
                facets, links, ignored, monthView, upcomingHref, pastHref, monthHref, feedHref,
                tz.map(ZoneId::getId).orElse(""));
    }

    private static Map<String, Object> withView(Map<String, Object> filters, YearMonth month) {
        Map<String, Object> state = new LinkedHashMap<>(filters);
        state.put("view", "month");
        state.put("month", month.toString());
        return state;
    }

    /** A month as weeks Monday to Sunday; each event is filed under every local day it covers within the month. */
    private Month grid(YearMonth month, EventSearch.Page page, ZoneId viewerZone, Map<String, Object> filters, Instant now) {
        Map<LocalDate, List<EventViews.Card>> byDay = new LinkedHashMap<>();
        for (EventHit hit : page.hits()) {
            ZoneId zone = viewerZone != null ? viewerZone : ZoneId.of(hit.timeZone());
            LocalDate first = hit.startsAt().atZone(zone).toLocalDate();
            LocalDate last = hit.endsAt().atZone(zone).toLocalDate();
            EventViews.Card card = views.card(hit, viewerZone);
            for (LocalDate day = first.isBefore(month.atDay(1)) ? month.atDay(1) : first;
                 !day.isAfter(last) && !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(card);
            }
        }
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
            week.add(new Day(null, "", List.of(), false));
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate day = month.atDay(d);
            week.add(new Day(day, day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + " " + d + " " + EventViews.monthName(month), byDay.getOrDefault(day, List.of()), day.equals(today)));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Day(null, "", List.of(), false));
            }
            weeks.add(week);
        }
        YearMonth previous = month.minusMonths(1);
        YearMonth next = month.plusMonths(1);
        return new Month(EventViews.monthName(month), month.toString(), weeks,
                QueryLinks.of("/events", withView(filters, previous)).href(), EventViews.monthName(previous),
                QueryLinks.of("/events", withView(filters, next)).href(), EventViews.monthName(next),
                page.total() > page.hits().size());
    }

    /** "2026-12", within the years a calendar of this community can mean. */
    static Optional<YearMonth> month(String value) {
        try {
            YearMonth month = YearMonth.parse(value.strip());
            return month.getYear() >= 1990 && month.getYear() <= 2100 ? Optional.of(month) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package org.apirnet.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.TaggedContentProvider;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.HomeSectionProvider;
import org.apirnet.web.PageSection;

import org.springframework.stereotype.Component;

/** The next events on the home page and on theme and country pages, from the search index. */
@Component
class EventSections implements HomeSectionProvider, TaggedContentProvider {

    static final int NEXT = 5;
    /** Fewer on the home page, which shows every kind within one screen. */
    static final int ON_HOME = 3;

    /** A block's data: the next events and the link to all of them. */
    public record Next(List<EventViews.Card> events, String moreLink) {
    }

    private final EventSearch search;
    private final EventViews views;
    private final CurrentViewer viewer;

    EventSections(EventSearch search, EventViews views, CurrentViewer viewer) {
        this.search = search;
        this.views = views;
        this.viewer = viewer;
    }

    @Override
    public PageSection homeSection() {
        return new PageSection("events/fragments", "next-home", next(EventSearch.Filters.NONE, "/events", viewer.isMember(), ON_HOME), 5);
    }

    @Override
    public Optional<PageSection> themeSection(Theme theme, boolean viewerIsMember) {
        return Optional.of(new PageSection("events/fragments", "next-tagged",
                next(new EventSearch.Filters(theme.getId(), null, null), "/events?theme=" + theme.getSlug(), viewerIsMember, NEXT), 20));
    }

    @Override
    public Optional<PageSection> countrySection(Country country, boolean viewerIsMember) {
        return Optional.of(new PageSection("events/fragments", "next-tagged",
                next(new EventSearch.Filters(null, country.getIso2(), null), "/events?country=" + country.getSlug(), viewerIsMember, NEXT), 20));
    }

    private Next next(EventSearch.Filters filters, String moreLink, boolean viewerIsMember, int count) {
        return new Next(views.cards(search.next(filters, count, viewerIsMember, Instant.now()), null), moreLink);
    }
}

package org.apirnet.forum;

import java.util.List;
import java.util.Optional;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.TaggedContentProvider;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.HomeSectionProvider;
import org.apirnet.web.PageSection;

import org.springframework.stereotype.Component;

/** Open discussions and the latest synopses on the home page and on theme and country pages, from the index. */
@Component
class ForumSections implements HomeSectionProvider, TaggedContentProvider {

    static final int SHOWN = 3;
    /** Fewer on the home page, which shows every kind within one screen. */
    static final int ON_HOME = 2;

    /** A block's data: what is open now, the newest synopses, and the link to all of them. */
    public record Block(List<DiscussionViews.Card> open, List<DiscussionViews.Card> synopses, String moreLink) {
        public boolean isEmpty() {
            return open.isEmpty() && synopses.isEmpty();
        }
    }

    private final DiscussionSearch search;
    private final DiscussionViews views;
    private final DiscussionService discussions;
    private final CurrentViewer viewer;

    ForumSections(DiscussionSearch search, DiscussionViews views, DiscussionService discussions, CurrentViewer viewer) {
        this.search = search;
        this.views = views;
        this.discussions = discussions;
        this.viewer = viewer;
    }

    @Override
    public PageSection homeSection() {
        return new PageSection("forum/fragments", "home", block(DiscussionSearch.Filters.NONE, "/discussions", viewer.isMember(), ON_HOME), 6);
    }

    @Override
    public Optional<PageSection> themeSection(Theme theme, boolean viewerIsMember) {
        return Optional.of(new PageSection("forum/fragments", "tagged",
                block(new DiscussionSearch.Filters(theme.getId(), null, null), "/discussions?theme=" + theme.getSlug(), viewerIsMember, SHOWN), 15));
    }

    @Override
    public Optional<PageSection> countrySection(Country country, boolean viewerIsMember) {
        return Optional.of(new PageSection("forum/fragments", "tagged",
                block(new DiscussionSearch.Filters(null, country.getIso2(), null), "/discussions?country=" + country.getSlug(), viewerIsMember, SHOWN), 15));
    }

    private Block block(DiscussionSearch.Filters filters, String moreLink, boolean viewerIsMember, int count) {
        var now = discussions.now();
        return new Block(views.cards(search.open(filters, viewerIsMember, now, count), now),
                views.cards(search.latestSynopses(filters, viewerIsMember, count), now), moreLink);
    }
}

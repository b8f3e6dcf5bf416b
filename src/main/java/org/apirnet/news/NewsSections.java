package org.apirnet.news;

import java.util.List;
import java.util.Optional;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.TaggedContentProvider;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.HomeSectionProvider;
import org.apirnet.web.PageSection;

import org.springframework.stereotype.Component;

/** The latest news on the home page and on theme and country pages, from the search index. */
@Component
class NewsSections implements HomeSectionProvider, TaggedContentProvider {

    static final int LATEST = 5;

    /** A block's data: the latest items and the link to all of them. */
    public record Latest(List<NewsViews.Card> items, String moreLink) {
    }

    private final NewsSearch search;
    private final NewsViews views;
    private final CurrentViewer viewer;

    NewsSections(NewsSearch search, NewsViews views, CurrentViewer viewer) {
        this.search = search;
        this.views = views;
        this.viewer = viewer;
    }

    /** First on the home page: what the portal's introduction promises first. */
    @Override
    public PageSection homeSection() {
        return new PageSection("news/fragments", "latest-home", latest(NewsSearch.Filters.NONE, "/news", viewer.isMember()), 2);
    }

    @Override
    public Optional<PageSection> themeSection(Theme theme, boolean viewerIsMember) {
        return Optional.of(new PageSection("news/fragments", "latest-tagged",
                latest(new NewsSearch.Filters(null, theme.getId(), null, null), "/news?theme=" + theme.getSlug(), viewerIsMember), 5));
    }

    @Override
    public Optional<PageSection> countrySection(Country country, boolean viewerIsMember) {
        return Optional.of(new PageSection("news/fragments", "latest-tagged",
                latest(new NewsSearch.Filters(null, null, country.getIso2(), null), "/news?country=" + country.getSlug(), viewerIsMember), 5));
    }

    private Latest latest(NewsSearch.Filters filters, String moreLink, boolean viewerIsMember) {
        return new Latest(views.cards(search.latest(filters, LATEST, viewerIsMember)), moreLink);
    }
}

package org.apirnet.news;

import java.util.List;
import java.util.Optional;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.TaggedContentProvider;
import org.apirnet.content.ContentStatus;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.AccountSectionProvider;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.HomeSectionProvider;
import org.apirnet.web.PageSection;

import org.springframework.stereotype.Component;

/**
 * The latest news on the home page and on theme and country pages, from the search index; a member's own news, with
 * where each stands, on their account page.
 */
@Component
class NewsSections implements HomeSectionProvider, TaggedContentProvider, AccountSectionProvider {

    static final int LATEST = 5;
    /** Fewer on the home page, which shows every kind within one screen. */
    static final int ON_HOME = 3;
    static final int OWN = 20;

    /** One of the member's own items on their account page. */
    public record Own(String href, String title, ContentStatus status, String rejectionReason) {
    }

    /** A block's data: the latest items and the link to all of them. */
    public record Latest(List<NewsViews.Card> items, String moreLink) {
    }

    private final NewsSearch search;
    private final NewsService news;
    private final NewsViews views;
    private final CurrentViewer viewer;

    NewsSections(NewsSearch search, NewsService news, NewsViews views, CurrentViewer viewer) {
        this.search = search;
        this.news = news;
        this.views = views;
        this.viewer = viewer;
    }

    /** First on the home page: what the portal's introduction promises first. */
    @Override
    public PageSection homeSection() {
        return new PageSection("news/fragments", "latest-home", latest(NewsSearch.Filters.NONE, "/news", viewer.isMember(), ON_HOME), 2);
    }

    @Override
    public Optional<PageSection> themeSection(Theme theme, boolean viewerIsMember) {
        return Optional.of(new PageSection("news/fragments", "latest-tagged",
                latest(new NewsSearch.Filters(null, theme.getId(), null, null), "/news?theme=" + theme.getSlug(), viewerIsMember, LATEST), 5));
    }

    @Override
    public Optional<PageSection> countrySection(Country country, boolean viewerIsMember) {
        return Optional.of(new PageSection("news/fragments", "latest-tagged",
                latest(new NewsSearch.Filters(null, null, country.getIso2(), null), "/news?country=" + country.getSlug(), viewerIsMember, LATEST), 5));
    }

    /** Members (who may submit news) see the block even before their first submission; others only their own items. */
    @Override
    public Optional<PageSection> accountSection(long accountId) {
        List<Own> own = news.authoredBy(accountId, OWN).stream().map(item -> new Own(NewsViews.path(item.getId(), item.getSlug()),
                item.getTitle(), item.getStatus(), item.getRejectionReason())).toList();
        if (own.isEmpty() && (!viewer.isMember() || viewer.isEditor())) {
            return Optional.empty();
        }
        return Optional.of(new PageSection("news/fragments", "account-news", own, 15));
    }

    private Latest latest(NewsSearch.Filters filters, String moreLink, boolean viewerIsMember, int count) {
        return new Latest(views.cards(search.latest(filters, count, viewerIsMember)), moreLink);
    }
}

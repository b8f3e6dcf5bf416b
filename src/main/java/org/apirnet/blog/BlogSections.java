package org.apirnet.blog;

import java.util.List;
import java.util.Optional;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.TaggedContentProvider;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.PageSection;

import org.springframework.stereotype.Component;

/** "From the blog" on theme and country pages, from the search index alone (no SQL: titles without authors). */
@Component
class BlogSections implements TaggedContentProvider {

    static final int LATEST = 3;

    public record Latest(List<BlogViews.Card> items, String moreLink) {
    }

    private final BlogSearch search;
    private final BlogViews views;

    BlogSections(BlogSearch search, BlogViews views) {
        this.search = search;
        this.views = views;
    }

    @Override
    public Optional<PageSection> themeSection(Theme theme, boolean viewerIsMember) {
        return Optional.of(section(new BlogSearch.Filters(null, theme.getId(), null, null), "/blog?theme=" + theme.getSlug(), viewerIsMember));
    }

    @Override
    public Optional<PageSection> countrySection(Country country, boolean viewerIsMember) {
        return Optional.of(section(new BlogSearch.Filters(null, null, country.getIso2(), null), "/blog?country=" + country.getSlug(), viewerIsMember));
    }

    private PageSection section(BlogSearch.Filters filters, String moreLink, boolean viewerIsMember) {
        return new PageSection("blog/fragments", "latest-tagged",
                new Latest(views.unsignedCards(search.latest(filters, LATEST, viewerIsMember)), moreLink), 6);
    }
}

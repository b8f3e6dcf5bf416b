package org.apirnet.projects;

import java.util.List;
import java.util.Optional;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.TaggedContentProvider;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.PageSection;

import org.springframework.stereotype.Component;

/**
 * A theme's and a country's projects on their pages, from the search index: the latest few to start, how many there
 * are, and the link to all of them on {@code /projects}. A theme or country with none shows no block.
 */
@Component
class ProjectSections implements TaggedContentProvider {

    static final int SHOWN = 5;

    /** A block's data: a few projects, how many there are in all, and the link to the whole list. */
    public record Few(List<ProjectViews.Card> items, long total, String moreLink) {
    }

    private final ProjectSearch search;
    private final ProjectViews views;

    ProjectSections(ProjectSearch search, ProjectViews views) {
        this.search = search;
        this.views = views;
    }

    @Override
    public Optional<PageSection> themeSection(Theme theme, boolean viewerIsMember) {
        return few(new ProjectSearch.Filters(null, theme.getId(), null), "/projects?theme=" + theme.getSlug(), viewerIsMember);
    }

    @Override
    public Optional<PageSection> countrySection(Country country, boolean viewerIsMember) {
        return few(new ProjectSearch.Filters(null, null, country.getIso2()), "/projects?country=" + country.getSlug(), viewerIsMember);
    }

    private Optional<PageSection> few(ProjectSearch.Filters filters, String moreLink, boolean viewerIsMember) {
        ProjectSearch.Page page = search.few(filters, SHOWN, viewerIsMember);
        if (page.total() == 0) {
            return Optional.empty();
        }
        return Optional.of(new PageSection("projects/fragments", "tagged", new Few(views.cards(page.hits()), page.total(), moreLink), 12));
    }
}

package org.apirnet.library;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apirnet.content.Tag;
import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.TaggedContentProvider;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.AccountSectionProvider;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.Facet;
import org.apirnet.web.HomeSectionProvider;
import org.apirnet.web.PageSection;
import org.apirnet.web.QueryLinks;

import org.springframework.stereotype.Component;

/**
 * The library's blocks on other pages: newest resources on the home, theme and country pages (and, on a theme page,
 * its resources by country); the member's submissions on /account. Lists and counts come from the search index.
 */
@Component
class LibrarySections implements TaggedContentProvider, AccountSectionProvider, HomeSectionProvider {

    static final int NEWEST = 5;
    /** Fewer on the home page, which shows every kind within one screen. */
    static final int ON_HOME = 3;

    /** A block's data: its resources, the link to the full filtered list, and how many there are in all. */
    public record Newest(List<LibraryViews.Card> resources, String moreLink, long total) {
    }

    /** A country with how many of the theme's resources concern it, and the link to exactly those. */
    public record CountryCount(Tag country, long count, String href) {

        public String countText() {
            return Facet.Value.formatCount(count);
        }
    }

    /** The theme page's block: the newest resources, and the theme's resources by country. */
    public record ThemeBlock(Newest newest, List<CountryCount> countries) {
    }

    private final LibrarySearch search;
    private final LibraryService library;
    private final LibraryViews views;
    private final Taxonomy taxonomy;
    private final CurrentViewer viewer;

    LibrarySections(LibrarySearch search, LibraryService library, LibraryViews views, Taxonomy taxonomy, CurrentViewer viewer) {
        this.search = search;
        this.library = library;
        this.views = views;
        this.taxonomy = taxonomy;
        this.viewer = viewer;
    }

    @Override
    public PageSection homeSection() {
        return new PageSection("library/fragments", "newest-home", newest(LibrarySearch.Filters.NONE, "/library", viewer.isMember(), ON_HOME), 10);
    }

    @Override
    public Optional<PageSection> themeSection(Theme theme, boolean viewerIsMember) {
        Newest newest = newest(LibrarySearch.Filters.theme(theme.getId()), "/library?theme=" + theme.getSlug(), viewerIsMember, NEWEST);
        QueryLinks themeLinks = QueryLinks.of("/library", Map.of("theme", theme.getSlug()));
        Map<String, Country> countries = taxonomy.countriesByIso2();
        List<CountryCount> byCountry = Facet.byCount(search.countriesOfTheme(theme.getId(), viewerIsMember)).entrySet()
                .stream()
                .filter(entry -> countries.containsKey(entry.getKey()))
                .map(entry -> {
                    Country country = countries.get(entry.getKey());
                    return new CountryCount(new Tag(country.getName(), country.getSlug()), entry.getValue(),
                            themeLinks.with("country", country.getSlug()));
                })
                .toList();
        return Optional.of(new PageSection("library/fragments", "theme-block", new ThemeBlock(newest, byCountry), 10));
    }

    @Override
    public Optional<PageSection> countrySection(Country country, boolean viewerIsMember) {
        return Optional.of(new PageSection("library/fragments", "newest-tagged",
                newest(LibrarySearch.Filters.country(country.getIso2()), "/library?country=" + country.getSlug(), viewerIsMember, NEWEST), 10));
    }

    @Override
    public Optional<PageSection> accountSection(long accountId) {
        List<Resource> submitted = library.submissionsOf(accountId);
        if (submitted.isEmpty() && !viewer.isMember()) {
            return Optional.empty();
        }
        return Optional.of(new PageSection("library/fragments", "account-submissions", views.cards(submitted), 10));
    }

    private Newest newest(LibrarySearch.Filters filters, String moreLink, boolean viewerIsMember, int count) {
        LibrarySearch.Page page = search.newest(filters, count, viewerIsMember);
        return new Newest(views.hitCards(page.hits()), moreLink, page.total());
    }
}

package org.apirnet.library;

import java.util.List;
import java.util.Optional;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.TaggedContentProvider;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.AccountSectionProvider;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.HomeSectionProvider;
import org.apirnet.web.PageSection;

import org.springframework.stereotype.Component;

/** The library's blocks on other pages: newest resources on the home, theme and country pages; submissions on /account. */
@Component
class LibrarySections implements TaggedContentProvider, AccountSectionProvider, HomeSectionProvider {

    static final int NEWEST = 5;

    /** A block's data: its resources, the link to the full filtered list, and how many there are in all. */
    record Newest(List<LibraryViews.Card> resources, String moreLink, long total) {
    }

    private final LibraryService library;
    private final LibraryViews views;
    private final CurrentViewer viewer;

    LibrarySections(LibraryService library, LibraryViews views, CurrentViewer viewer) {
        this.library = library;
        this.views = views;
        this.viewer = viewer;
    }

    @Override
    public PageSection homeSection() {
        var newest = library.newest(new LibraryService.Filters(null, null, null, null, null), NEWEST, viewer.isMember());
        return new PageSection("library/fragments", "newest-home", new Newest(views.cards(newest.getContent()), "/library",
                newest.getTotalElements()), 10);
    }

    @Override
    public Optional<PageSection> themeSection(Theme theme, boolean viewerIsMember) {
        var newest = library.newest(new LibraryService.Filters(theme.getId(), null, null, null, null), NEWEST, viewerIsMember);
        return Optional.of(new PageSection("library/fragments", "newest-tagged", new Newest(views.cards(newest.getContent()),
                "/library?theme=" + theme.getSlug(), newest.getTotalElements()), 10));
    }

    @Override
    public Optional<PageSection> countrySection(Country country, boolean viewerIsMember) {
        var newest = library.newest(new LibraryService.Filters(null, country.getIso2(), null, null, null), NEWEST, viewerIsMember);
        return Optional.of(new PageSection("library/fragments", "newest-tagged", new Newest(views.cards(newest.getContent()),
                "/library?country=" + country.getSlug(), newest.getTotalElements()), 10));
    }

    @Override
    public Optional<PageSection> accountSection(long accountId) {
        List<Resource> submitted = library.submissionsOf(accountId);
        if (submitted.isEmpty() && !viewer.isMember()) {
            return Optional.empty();
        }
        return Optional.of(new PageSection("library/fragments", "account-submissions", views.cards(submitted), 10));
    }
}

package org.apirnet.focus;

import java.util.Optional;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.TaggedContentProvider;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.HomeSectionProvider;
import org.apirnet.web.PageSection;
import org.apirnet.web.SharedPages;

import org.springframework.stereotype.Component;

/**
 * The theme in focus, when there is one: first on the home page (the fragment shows nothing otherwise), and first on
 * that theme's own page, so whoever follows the home page's link finds the introduction and the picked items there.
 */
@Component
class FocusSections implements HomeSectionProvider, TaggedContentProvider {

    private final ThematicFocuses focuses;
    private final CurrentViewer viewer;

    FocusSections(ThematicFocuses focuses, CurrentViewer viewer) {
        this.focuses = focuses;
        this.viewer = viewer;
    }

    @Override
    public PageSection homeSection() {
        return new PageSection("focus/fragments", "home", featuredToday(viewer.isMember()).orElse(null), 1);
    }

    @Override
    public Optional<PageSection> themeSection(Theme theme, boolean viewerIsMember) {
        return featuredToday(viewerIsMember).filter(featured -> featured.themeSlug().equals(theme.getSlug()))
                .map(featured -> new PageSection("focus/fragments", "theme", featured, 0));
    }

    @Override
    public Optional<PageSection> countrySection(Country country, boolean viewerIsMember) {
        return Optional.empty();
    }

    private Optional<ThematicFocuses.Featured> featuredToday(boolean member) {
        ThematicFocuses.Today today = focuses.featuredToday(member);
        SharedPages.changesAt(today.changesAt()); // a focus starting or ending at midnight changes the pages showing it
        return today.featured();
    }
}

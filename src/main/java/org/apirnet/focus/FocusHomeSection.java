package org.apirnet.focus;

import org.apirnet.web.CurrentViewer;
import org.apirnet.web.HomeSectionProvider;
import org.apirnet.web.PageSection;
import org.apirnet.web.SharedPages;

import org.springframework.stereotype.Component;

/** First on the home page: the theme in focus, when there is one (the fragment shows nothing otherwise). */
@Component
class FocusHomeSection implements HomeSectionProvider {

    private final ThematicFocuses focuses;
    private final CurrentViewer viewer;

    FocusHomeSection(ThematicFocuses focuses, CurrentViewer viewer) {
        this.focuses = focuses;
        this.viewer = viewer;
    }

    @Override
    public PageSection homeSection() {
        ThematicFocuses.Today today = focuses.featuredToday(viewer.isMember());
        SharedPages.changesAt(today.changesAt()); // a focus starting or ending at midnight changes the home page
        return new PageSection("focus/fragments", "home", today.featured().orElse(null), 1);
    }
}

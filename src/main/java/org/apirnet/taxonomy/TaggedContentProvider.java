package org.apirnet.taxonomy;

import java.util.Optional;

import org.apirnet.web.PageSection;

/**
 * Implemented by content modules to show their newest items on theme and country pages. The provider decides what
 * the viewer may see; {@code viewerIsMember} says whether members-only content may be included.
 */
public interface TaggedContentProvider {

    Optional<PageSection> themeSection(Theme theme, boolean viewerIsMember);

    Optional<PageSection> countrySection(Country country, boolean viewerIsMember);
}

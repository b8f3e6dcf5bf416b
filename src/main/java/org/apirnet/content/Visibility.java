package org.apirnet.content;

import java.util.List;

/** Who may see published content: everyone, or signed-in members only (page, files, lists, counts and facets alike). */
public enum Visibility {
    PUBLIC, MEMBERS;

    /** What a viewer may see: members everything, visitors only what is public. */
    public static List<Visibility> visibleTo(boolean viewerIsMember) {
        return viewerIsMember ? List.of(PUBLIC, MEMBERS) : List.of(PUBLIC);
    }
}

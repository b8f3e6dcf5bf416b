package org.apirnet.content;

import java.util.List;
import java.util.Optional;

/**
 * What modules whose content may belong to an ILO project need to know of projects, without knowing the projects
 * module: the projects an editor may choose on a form, and one project by id (to check a choice and to link to it).
 * The projects module implements it from the search index, so neither costs SQL; without that module there are no
 * projects to choose.
 */
public interface ProjectDirectory {

    /** A project as a select offers it and a page links to it. */
    record Entry(long id, String name, String path) {
    }

    /** The projects content may name, by name. */
    List<Entry> choices();

    /** A project content may name (published), or empty. */
    Optional<Entry> find(long id);
}

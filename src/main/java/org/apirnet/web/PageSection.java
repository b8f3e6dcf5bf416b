package org.apirnet.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A block of a page contributed by a feature module (home page, theme and country pages, the account page): a
 * Thymeleaf fragment and the data it shows. The fragment reads the data as the variable {@code data}.
 *
 * @param template the template holding the fragment, e.g. {@code themes/fragments}
 * @param fragment the fragment name within it
 * @param data     whatever the fragment renders
 * @param order    position on the page, lowest first
 */
public record PageSection(String template, String fragment, Object data, int order) {

    /** The contributed sections in page order: what every page with slots renders. */
    public static List<PageSection> inOrder(Stream<PageSection> sections) {
        return sections.sorted(Comparator.comparingInt(PageSection::order)).toList();
    }
}

package org.apirnet.web;

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
}

package org.apirnet.web;

/**
 * A block of the home page contributed by a feature module: a Thymeleaf fragment and the data it shows.
 * The fragment receives the data as its single parameter.
 *
 * @param template the template holding the fragment, e.g. {@code themes/fragments}
 * @param fragment the fragment name within it
 * @param data     whatever the fragment renders
 * @param order    position on the page, lowest first
 */
public record HomeSection(String template, String fragment, Object data, int order) {
}

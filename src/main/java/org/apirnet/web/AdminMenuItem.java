package org.apirnet.web;

/**
 * One entry of the admin index page ({@code /admin}), declared as a bean by the module that owns the page.
 *
 * @param path           the admin page
 * @param messageKey     its title in the message bundles
 * @param descriptionKey one line on what it is for
 * @param order          position on the index, lowest first
 */
public record AdminMenuItem(String path, String messageKey, String descriptionKey, int order) {
}

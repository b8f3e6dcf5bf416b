package org.apirnet.web;

/**
 * One entry of the main navigation. Each feature module declares its own as a bean, so the menu grows with
 * the portal without the shell knowing the features.
 *
 * @param path       the section's URL, also used to mark the current section
 * @param messageKey the label in {@code messages.properties}
 * @param order      position in the menu, lowest first
 */
public record NavigationItem(String path, String messageKey, int order) {

    public boolean isCurrent(String requestPath) {
        if (requestPath == null) {
            return false;
        }
        return "/".equals(path) ? "/".equals(requestPath) : requestPath.equals(path) || requestPath.startsWith(path + "/");
    }
}

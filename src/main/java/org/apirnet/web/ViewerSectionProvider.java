package org.apirnet.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Implemented by feature modules that show each signed-in member something of their own on the home page (what is
 * new to them). Asked for every viewer on every visit, also when the rest of the page comes from the page cache, so
 * it must be cheap (cache what it computes) and show nothing but what this viewer may see.
 */
public interface ViewerSectionProvider {

    /** This signed-in viewer's section, or null when there is nothing to show them. */
    PageSection viewerSection(PortalPrincipal viewer, HttpServletRequest request);
}

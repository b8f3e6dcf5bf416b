package org.apirnet.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page that the page's own controller should not have to provide. */
@ControllerAdvice
class LayoutModel {

    private final CurrentViewer viewer;
    private final ObjectProvider<WaitingWork> waitingWork;

    LayoutModel(CurrentViewer viewer, ObjectProvider<WaitingWork> waitingWork) {
        this.viewer = viewer;
        this.waitingWork = waitingWork;
    }

    /**
     * How many items wait for the signed-in editor's or admin's decision, for the header; nothing is counted for
     * anyone else (members and visitors decide nothing, and their pages stay free of these queries).
     */
    @ModelAttribute("waitingCount")
    long waitingCount(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !(viewer.hasRole("EDITOR") || viewer.hasRole("ADMIN"))) {
            return 0;
        }
        WaitingWork work = waitingWork.getIfAvailable();
        try {
            return work == null ? 0 : work.countForViewer();
        } catch (RuntimeException e) {
            return 0; // a count in the header must never break the page it sits on
        }
    }

    @ModelAttribute("waitingPath")
    String waitingPath() {
        WaitingWork work = waitingWork.getIfAvailable();
        return work == null ? "/" : work.path();
    }

    /** Whether the header links to the administration (checked here once, not by an expression in every page). */
    @ModelAttribute("viewerIsAdmin")
    boolean viewerIsAdmin() {
        return viewer.hasRole("ADMIN");
    }

    /** Lets the navigation mark the section being viewed with {@code aria-current}. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * What the search box shows: the query of a search page. Read only on GET, so a broken form post (a rejected
     * upload, say) cannot break the error page that reports it.
     */
    @ModelAttribute("searchQuery")
    String searchQuery(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "";
        }
        try {
            String query = request.getParameter("q");
            return query == null ? "" : query;
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * The signed-in person's name for the header, or null for visitors. Printed when the page is written, not now: if
     * the page turns out to be shared among members (the controller says so after this runs), it prints the page
     * cache's stand-in, which each viewer gets their own name in place of.
     */
    @ModelAttribute("viewerName")
    Object viewerName(HttpServletRequest request) {
        String name = displayName(SecurityContextHolder.getContext().getAuthentication());
        return name == null ? null : new Object() {
            @Override
            public String toString() {
                return request.getAttribute(PageCache.NAME_STAND_IN) instanceof String standIn ? standIn : name;
            }
        };
    }

    static String displayName(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getPrincipal() instanceof PortalPrincipal named ? named.getDisplayName() : authentication.getName();
    }
}

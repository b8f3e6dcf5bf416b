package org.apirnet.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apirnet.platform.ChangeAwareCache;
import org.apirnet.platform.DataChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The part of a page that is each signed-in viewer's own ({@link ViewerSectionProvider}s), rendered on its own so
 * that the rest of the page can be shared: a page kept by the {@link PageCache} holds a stand-in where it goes, and
 * every viewer gets theirs rendered in its place as the page is sent. The HTML is kept by what it shows (the sections'
 * data are values), so members shown the same thing share one rendering until the next change.
 */
@Component
class ViewerSections {

    private static final Logger log = LoggerFactory.getLogger(ViewerSections.class);
    static final String TEMPLATE = "fragments/viewer-sections";

    private final List<ViewerSectionProvider> providers;
    private final ITemplateEngine templates;
    private final ChangeAwareCache<Shown, String> rendered;
    private volatile JakartaServletWebApplication application;

    /** What a rendering depends on: the sections with their data, and the language. */
    private record Shown(List<PageSection> sections, Locale locale) {
    }

    ViewerSections(List<ViewerSectionProvider> providers, ITemplateEngine templates, DataChanges changes) {
        this.providers = providers;
        this.templates = templates;
        this.rendered = new ChangeAwareCache<>(changes, 10_000, Duration.ofMinutes(10));
    }

    /**
     * What a template prints where the viewer's own sections go: the page cache's stand-in while a shared page is
     * rendered, else this viewer's sections. Printed when the page is written, when whether it is shared is known.
     */
    Object placeIn(HttpServletRequest request, HttpServletResponse response) {
        return new Object() {
            @Override
            public String toString() {
                return request.getAttribute(PageCache.VIEWER_SECTIONS_STAND_IN) instanceof String standIn ? standIn
                        : render(request, response);
            }
        };
    }

    /** The HTML of the signed-in viewer's own sections; nothing for visitors, and nothing rather than a broken page. */
    String render(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (providers.isEmpty() || authentication == null || !(authentication.getPrincipal() instanceof PortalPrincipal viewer)) {
            return "";
        }
        try {
            List<PageSection> sections = PageSection.inOrder(providers.stream()
                    .map(provider -> provider.viewerSection(viewer, request)).filter(Objects::nonNull));
            if (sections.isEmpty()) {
                return "";
            }
            return rendered.get(new Shown(sections, LocaleContextHolder.getLocale()), shown -> templates.process(TEMPLATE,
                    new WebContext(application(request).buildExchange(request, response), shown.locale(),
                            Map.of("sections", shown.sections()))));
        } catch (RuntimeException e) {
            log.warn("The viewer's own sections were left out of {}: {}", request.getRequestURI(), e.toString());
            return "";
        }
    }

    private JakartaServletWebApplication application(HttpServletRequest request) {
        JakartaServletWebApplication known = application;
        if (known == null) {
            known = JakartaServletWebApplication.buildApplication(request.getServletContext());
            application = known;
        }
        return known;
    }
}

package org.apirnet.web;

import java.io.IOException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apirnet.platform.DataChanges;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Serves visitors (nobody signed in) the pages other visitors were just served, from memory. A page is kept only if
 * it is the same for every visitor: rendered for a request without a session, creating none (so it holds no CSRF
 * token, flash message or anything personal), with status 200 and HTML. It is served only to visitors, never to a
 * signed-in person (who may see members-only content), and only while no change has been committed since it was
 * rendered ({@link DataChanges}); its time to live bounds what changes on other nodes could leave stale.
 * <p>
 * It runs after the security filters, so a page from memory gets the same security headers as a fresh one.
 */
class VisitorPageCache extends OncePerRequestFilter {

    static final String CACHE_HEADER = "X-Page-Cache";
    /** Pages larger than this are not kept (none should be); they pass straight through. */
    static final int MAX_PAGE_BYTES = 512 * 1024;
    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    private record Page(byte[] body, String contentType, long generation) {
    }

    private final DataChanges changes;
    private final Cache<String, Page> pages;

    VisitorPageCache(DataChanges changes, PageCacheProperties properties) {
        this.changes = changes;
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(properties.timeToLive())
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((String key, Page page) -> key.length() * 2 + page.body().length)
                .build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) || !isVisitor(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = keyOf(request);
        long generation = changes.generation(); // before rendering: a commit meanwhile makes this page stale at once
        Page page = pages.getIfPresent(key);
        if (page != null && page.generation() == generation) {
            response.setHeader(CACHE_HEADER, "hit");
            response.setContentType(page.contentType());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        boolean hadSession = request.getSession(false) != null;
        CapturingResponse captured = new CapturingResponse(response, MAX_PAGE_BYTES);
        captured.setHeader(CACHE_HEADER, "miss");
        chain.doFilter(request, captured);
        byte[] body = captured.page();
        if (body != null && !hadSession && isSameForEveryVisitor(request, captured)) {
            pages.put(key, new Page(body, captured.getContentType(), generation));
        }
        captured.finish();
    }

    /** The path and the parameters as the page reads them (not the raw query string, which may spell them differently). */
    private static String keyOf(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            key.append('\u0000').append(name);
            for (String value : values) {
                key.append('\u0001').append(value);
            }
        });
        return key.toString();
    }

    private static boolean isVisitor(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
            return false;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        HttpSession session = request.getSession(false);
        return session == null || session.getAttribute(FLASH_MAPS) == null; // a flash message waits to be shown
    }

    private static boolean isSameForEveryVisitor(HttpServletRequest request, HttpServletResponse response) {
        return response.getStatus() == HttpServletResponse.SC_OK
                && response.getContentType() != null && response.getContentType().startsWith("text/html")
                && request.getSession(false) == null
                && !response.containsHeader(HttpHeaders.SET_COOKIE);
    }

    /** For tests: forget every page. */
    void clear() {
        pages.invalidateAll();
    }
}

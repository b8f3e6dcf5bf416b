package org.apirnet.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apirnet.platform.DataChanges;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves a page from memory to the next person who would be shown the same page, while no change has been committed
 * since it was rendered ({@link DataChanges}) and, if the page said so, before the moment it changes by itself
 * ({@link SharedPages#changesAt}); its time to live bounds what changes on other nodes could leave stale.
 * <p>
 * Two audiences share pages. <b>Visitors</b> (nobody signed in): any HTML page with status 200 rendered for a request
 * without a session, creating none (so it holds no CSRF token, flash message or anything personal). <b>Members</b>
 * with the same roles: only a page its controller declared the same for all of them ({@link SharedPages#share}). It
 * is rendered with stand-ins for the two personal things it may hold, the viewer's name and the CSRF token of its
 * forms, and each viewer gets their own filled in. Editors and admins never share pages. Nobody is served a page kept
 * for another audience: the audience is part of the key.
 * <p>
 * When a kept page goes stale, the first request renders it again and the others asking for it meanwhile wait for that
 * one rendering instead of all rendering the same page at once.
 * <p>
 * It runs after the security filters, so a page from memory gets the same security headers as a fresh one.
 */
class PageCache extends OncePerRequestFilter {

    static final String CACHE_HEADER = "X-Page-Cache";
    /** Pages larger than this are not kept (none should be); they pass straight through. */
    static final int MAX_PAGE_BYTES = 512 * 1024;
    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";
    /** What the layout reads to print a stand-in instead of the viewer's name (see {@link LayoutModel}). */
    static final String NAME_STAND_IN = PageCache.class.getName() + ".nameStandIn";
    /** What a page prints instead of the viewer's own sections (see {@link ViewerSections}). */
    static final String VIEWER_SECTIONS_STAND_IN = PageCache.class.getName() + ".viewerSectionsStandIn";
    private static final String VISITORS = "";
    /** Longer than any page takes to render; a waiter that gives up renders the page itself. */
    private static final long WAIT_FOR_RENDERING_MS = 10_000;

    /**
     * A kept page. {@code holes} holds, in order, the offset of each stand-in in {@code body} and what it stands for
     * ({@link #NAME}, {@link #TOKEN} or {@link #VIEWER_SECTIONS}), two ints each.
     */
    private record Page(byte[] body, int[] holes, String contentType, long generation, long expiresAt) {
    }

    private static final int NAME = 0;
    private static final int TOKEN = 1;
    private static final int VIEWER_SECTIONS = 2;

    private final DataChanges changes;
    private final RoleHierarchy roles;
    private final Clock clock;
    private final ViewerSections viewerSections;
    private final Cache<String, Page> pages;
    /** Pages being rendered now, so that others asking for the same page wait for it. */
    private final ConcurrentHashMap<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();
    /** The generation in which a page was last rendered and found not to be kept: nobody waits for its renderings. */
    private final Cache<String, Long> notKept;
    /** Random per process, so no user can type a stand-in into something a page shows. */
    private final String nameStandIn;
    private final String tokenStandIn;
    private final String viewerSectionsStandIn;
    private final byte[][] standIns;

    PageCache(DataChanges changes, PageCacheProperties properties, RoleHierarchy roles, Clock clock, ViewerSections viewerSections) {
        this.changes = changes;
        this.roles = roles;
        this.clock = clock;
        this.viewerSections = viewerSections;
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(properties.timeToLive())
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((String key, Page page) -> key.length() * 2 + page.body().length)
                .build();
        this.notKept = Caffeine.newBuilder().expireAfterWrite(properties.timeToLive()).maximumSize(10_000).build();
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        this.nameStandIn = "viewer" + secret + "name";
        this.tokenStandIn = "viewer" + secret + "token";
        this.viewerSectionsStandIn = "viewer" + secret + "sections";
        this.standIns = new byte[][] {nameStandIn.getBytes(StandardCharsets.US_ASCII), tokenStandIn.getBytes(StandardCharsets.US_ASCII),
                viewerSectionsStandIn.getBytes(StandardCharsets.US_ASCII)};
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String audience = "GET".equals(request.getMethod()) ? audienceOf(request) : null;
        if (audience == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = audience + '\u0002' + keyOf(request);
        long generation = changes.generation(); // before rendering: a commit meanwhile makes this page stale at once
        Page page = fresh(key, generation);
        if (page != null) {
            serve(request, response, page, "hit");
            return;
        }
        Long notKeptIn = notKept.getIfPresent(key);
        if (notKeptIn != null && notKeptIn == generation) {
            render(request, response, chain, key, generation, audience);
            return;
        }
        CompletableFuture<Page> mine = new CompletableFuture<>();
        CompletableFuture<Page> theirs = rendering.putIfAbsent(key, mine);
        if (theirs != null) {
            Page rendered = await(theirs);
            if (rendered != null && rendered.generation() == generation) {
                serve(request, response, rendered, "hit");
            } else {
                render(request, response, chain, key, generation, audience);
            }
            return;
        }
        try {
            mine.complete(render(request, response, chain, key, generation, audience));
        } finally {
            rendering.remove(key, mine);
            mine.complete(null); // if rendering failed: the waiters render it themselves
        }
    }

    private Page fresh(String key, long generation) {
        Page page = pages.getIfPresent(key);
        return page != null && page.generation() == generation && clock.millis() < page.expiresAt() ? page : null;
    }

    private static Page await(CompletableFuture<Page> rendering) {
        try {
            return rendering.get(WAIT_FOR_RENDERING_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Renders the page for this request, keeps it if it may be shared, and returns what was kept (or null). */
    private Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
                        long generation, String audience) throws ServletException, IOException {
        boolean visitor = VISITORS.equals(audience);
        boolean hadSession = request.getSession(false) != null;
        HttpServletRequest rendered = visitor ? request : new MemberRequest(request, nameStandIn, tokenStandIn, viewerSectionsStandIn);
        // A page shared among members holds stand-ins, so it is never sent unfilled, whatever its size.
        CapturingResponse captured = new CapturingResponse(response, MAX_PAGE_BYTES, () -> isDeclaredShared(request));
        captured.setHeader(CACHE_HEADER, "miss");
        chain.doFilter(rendered, captured);
        byte[] body = captured.page();
        if (body == null) {
            captured.finish();
            return null;
        }
        Page page = null;
        boolean keep = visitor ? !hadSession && isSameForEveryVisitor(request, captured) : isSameForTheseMembers(request, captured);
        if (keep && body.length <= MAX_PAGE_BYTES) {
            Instant changesAt = request.getAttribute(SharedPages.CHANGES_AT) instanceof Instant moment ? moment : null;
            long expiresAt = changesAt == null ? Long.MAX_VALUE : changesAt.toEpochMilli();
            page = new Page(body, visitor ? new int[0] : holesIn(body), captured.getContentType(), generation, expiresAt);
            if (clock.millis() < expiresAt) {
                pages.put(key, page);
            }
        } else {
            notKept.put(key, generation);
        }
        if (visitor || !isDeclaredShared(request)) {
            captured.finish();
        } else {
            captured.finishWith(filledIn(request, response, body, page != null ? page.holes() : holesIn(body)));
        }
        return page;
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, Page page, String how) throws IOException {
        byte[] body = page.holes().length == 0 ? page.body() : filledIn(request, response, page.body(), page.holes());
        response.setHeader(CACHE_HEADER, how);
        response.setContentType(page.contentType());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The audience whose pages this viewer may be served: visitors, or members by their roles (as the role hierarchy
     * reaches them); null when this viewer's pages are never shared or served from memory.
     */
    private String audienceOf(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(FLASH_MAPS) != null) {
            return null; // a flash message waits to be shown
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return VISITORS;
        }
        if (!(authentication.getPrincipal() instanceof PortalPrincipal)) {
            return null;
        }
        Collection<? extends GrantedAuthority> reachable = roles.getReachableGrantedAuthorities(authentication.getAuthorities());
        TreeSet<String> names = new TreeSet<>();
        for (GrantedAuthority authority : reachable) {
            names.add(authority.getAuthority());
        }
        if (names.contains("ROLE_EDITOR") || names.contains("ROLE_ADMIN")) {
            return null;
        }
        return String.join(",", names);
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

    private static boolean isHtml200(HttpServletResponse response) {
        return response.getStatus() == HttpServletResponse.SC_OK
                && response.getContentType() != null && response.getContentType().startsWith("text/html")
                && !response.containsHeader(HttpHeaders.SET_COOKIE);
    }

    private static boolean isSameForEveryVisitor(HttpServletRequest request, HttpServletResponse response) {
        return isHtml200(response) && request.getSession(false) == null;
    }

    private static boolean isSameForTheseMembers(HttpServletRequest request, HttpServletResponse response) {
        return isHtml200(response) && isDeclaredShared(request);
    }

    private static boolean isDeclaredShared(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(SharedPages.SHARED));
    }

    /** Where the stand-ins are in a page: offsets and kinds, in order. */
    private int[] holesIn(byte[] body) {
        List<Integer> holes = new ArrayList<>();
        for (int at = 0; at < body.length; at++) {
            if (body[at] != 'v') {
                continue;
            }
            for (int kind = 0; kind < standIns.length; kind++) {
                if (startsAt(body, at, standIns[kind])) {
                    holes.add(at);
                    holes.add(kind);
                    at += standIns[kind].length - 1;
                    break;
                }
            }
        }
        return holes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean startsAt(byte[] body, int at, byte[] wanted) {
        if (at + wanted.length > body.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (body[at + i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The page with this viewer's name (escaped, as the layout prints it), CSRF token and own sections in place of the
     * stand-ins.
     */
    private byte[] filledIn(HttpServletRequest request, HttpServletResponse response, byte[] body, int[] holes) {
        if (holes.length == 0) {
            return body;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        byte[] name = HtmlUtils.htmlEscape(LayoutModel.displayName(authentication)).getBytes(StandardCharsets.UTF_8);
        byte[] token = request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf
                ? HtmlUtils.htmlEscape(csrf.getToken()).getBytes(StandardCharsets.UTF_8) : new byte[0];
        byte[] sections = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 256);
        int from = 0;
        for (int i = 0; i < holes.length; i += 2) {
            int at = holes[i];
            out.write(body, from, at - from);
            if (holes[i + 1] == VIEWER_SECTIONS && sections == null) {
                sections = viewerSections.render(request, response).getBytes(StandardCharsets.UTF_8);
            }
            out.writeBytes(switch (holes[i + 1]) {
                case NAME -> name;
                case TOKEN -> token;
                default -> sections;
            });
            from = at + standIns[holes[i + 1]].length;
        }
        out.write(body, from, body.length - from);
        return out.toByteArray();
    }

    /**
     * A member's request while a page is rendered that may be shared: once the controller has declared the page shared,
     * the CSRF token its forms read, the name the layout prints and the viewer's own sections are stand-ins filled in
     * for each viewer.
     */
    private static final class MemberRequest extends HttpServletRequestWrapper {

        private final String nameStandIn;
        private final String tokenStandIn;
        private final String viewerSectionsStandIn;

        MemberRequest(HttpServletRequest request, String nameStandIn, String tokenStandIn, String viewerSectionsStandIn) {
            super(request);
            this.nameStandIn = nameStandIn;
            this.tokenStandIn = tokenStandIn;
            this.viewerSectionsStandIn = viewerSectionsStandIn;
        }

        @Override
        public Object getAttribute(String name) {
            Object value = super.getAttribute(name);
            if (!Boolean.TRUE.equals(super.getAttribute(SharedPages.SHARED))) {
                return value;
            }
            if (NAME_STAND_IN.equals(name)) {
                return nameStandIn;
            }
            if (VIEWER_SECTIONS_STAND_IN.equals(name)) {
                return viewerSectionsStandIn;
            }
            if (value instanceof CsrfToken real && (CsrfToken.class.getName().equals(name) || real.getParameterName().equals(name))) {
                return new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), tokenStandIn);
            }
            return value;
        }
    }

    /** For tests: forget every page. */
    void clear() {
        pages.invalidateAll();
        notKept.invalidateAll();
    }
}

package org.apirnet.web;

import java.time.Instant;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a controller tells the page cache ({@link PageCache}) about the page it is about to render.
 * <p>
 * {@link #share()}: the page is the same for every signed-in member with the same roles. It shows nothing of the
 * viewer but their name in the header and the tokens of its forms, which the cache fills in for each viewer. Say it
 * after the per-object checks, and never for a page that shows the viewer's own things (their drafts, their pending
 * replies, whether they follow something): such a page is rendered for each member, as every page is that says
 * nothing. Editors and admins are always served a fresh page (their pages carry counts and controls of their own).
 * <p>
 * {@link #changesAt}: the page changes by itself at that moment (a discussion opening or closing), so no cache keeps it
 * past then, for visitors either.
 */
public final class SharedPages {

    static final String SHARED = SharedPages.class.getName() + ".shared";
    static final String CHANGES_AT = SharedPages.class.getName() + ".changesAt";

    private SharedPages() {
    }

    public static void share() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(SHARED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    public static void changesAt(Instant moment) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || moment == null) {
            return;
        }
        if (!(request.getAttribute(CHANGES_AT, RequestAttributes.SCOPE_REQUEST) instanceof Instant earlier) || moment.isBefore(earlier)) {
            request.setAttribute(CHANGES_AT, moment, RequestAttributes.SCOPE_REQUEST);
        }
    }
}

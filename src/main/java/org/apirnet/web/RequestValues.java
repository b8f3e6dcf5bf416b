package org.apirnet.web;

import java.util.Optional;

/**
 * Ids and page numbers arrive as text in paths and query strings, so that "abc", "-1" or an overflow becomes a 404
 * or the first page instead of a type-conversion error page. Every module parses them here.
 */
public final class RequestValues {

    /** Beyond this a page number is nonsense, and its offset could overflow what the database accepts. */
    public static final int LAST_PAGE_INDEX = 10_000;

    private RequestValues() {
    }

    /** A positive id, or empty for anything else. */
    public static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.parseLong(value == null ? "" : value.strip())).filter(id -> id > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A positive id, or the 404 page. */
    public static long requiredId(String value) {
        return id(value).orElseThrow(() -> new NotFoundException("id"));
    }

    /** The zero-based index of a one-based page number from a query string; odd values mean the first page. */
    public static int pageIndex(String page) {
        try {
            return (int) Math.clamp(Long.parseLong(page == null ? "1" : page.strip()) - 1, 0, LAST_PAGE_INDEX);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

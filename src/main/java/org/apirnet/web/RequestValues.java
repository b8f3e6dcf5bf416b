package org.apirnet.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * A filter value from a query string, looked up: empty when absent; when it names nothing (or is absurdly long),
     * empty too, and {@code name} is added to {@code ignored} so the page can say which filter it dropped.
     */
    public static <T> Optional<T> lookUp(String raw, String name, List<String> ignored, Function<String, Optional<T>> finder) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        Optional<T> found = raw.length() > 100 ? Optional.empty() : finder.apply(raw.strip());
        if (found.isEmpty()) {
            ignored.add(name);
        }
        return found;
    }

    /** A year content can be about. */
    public static Optional<Integer> year(String year) {
        try {
            int value = Integer.parseInt(year);
            return value >= 1900 && value <= 2100 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

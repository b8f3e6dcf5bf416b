package org.apirnet.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.web.util.UriUtils;

/**
 * The links of a filtered, paged list: every state is a plain link, with no empty parameters and without the page
 * number when a filter changes (a new selection starts on its first page). Parameters keep the order they were given.
 */
public final class QueryLinks {

    private final String path;
    private final Map<String, String> parameters;
    /** Parameters that are not filters (a search's words): kept when the filters are cleared. */
    private final Set<String> kept;

    private QueryLinks(String path, Map<String, String> parameters, Set<String> kept) {
        this.path = path;
        this.parameters = parameters;
        this.kept = kept;
    }

    /** The list at {@code path} with the filters that are set; null and blank values are left out. */
    public static QueryLinks of(String path, Map<String, ?> filters) {
        Map<String, String> kept = new LinkedHashMap<>();
        filters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                kept.put(name, value.toString());
            }
        });
        return new QueryLinks(path, kept, Set.of());
    }

    /** The same links, where clearing the filters keeps these parameters (they are what is listed, not a filter). */
    public QueryLinks keeping(String... names) {
        return new QueryLinks(path, parameters, Set.of(names));
    }

    /** This state, first page. */
    public String href() {
        return build(parameters, null);
    }

    /** This state with one filter set to another value. */
    public String with(String name, Object value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.put(name, value.toString());
        return build(changed, null);
    }

    /** This state without one filter. */
    public String without(String name) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.remove(name);
        return build(changed, null);
    }

    /** No filter at all. */
    public String cleared() {
        Map<String, String> remaining = new LinkedHashMap<>(parameters);
        remaining.keySet().retainAll(kept);
        return build(remaining, null);
    }

    public boolean hasFilters() {
        return parameters.keySet().stream().anyMatch(name -> !kept.contains(name));
    }

    /** This state on a page (one-based); the first page has no page parameter. */
    public String page(int number) {
        return build(parameters, number <= 1 ? null : number);
    }

    private String build(Map<String, String> values, Integer page) {
        StringBuilder link = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : values.entrySet()) {
            link.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        if (page != null) {
            link.append(separator).append("page=").append(page);
        }
        return link.toString();
    }

    /** Encoded for a query string, "+" too: left as it is, a servlet container reads it as a space ("C++" would be lost). */
    private static String encode(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B");
    }
}

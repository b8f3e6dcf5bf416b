package org.apirnet.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One dimension of a filtered list as links: each value with how many items it would leave (values with none are
 * not offered), or, once chosen, the chosen value and the link that removes it.
 *
 * @param param      the query parameter, e.g. {@code theme}
 * @param labelKey   message key of the dimension's name
 * @param values     the values on offer, in the order to show them (empty while one is chosen)
 * @param selected   the chosen value, or null
 * @param removeHref the list without this filter, when one is chosen
 */
public record Facet(String param, String labelKey, List<Value> values, Value selected, String removeHref) {

    /** A value, its count and the link that chooses it. */
    public record Value(String name, long count, String href) {

        public String countText() {
            return formatCount(count);
        }

        /** 12,345: counts as the pages print them. */
        public static String formatCount(long count) {
            return String.format(java.util.Locale.ENGLISH, "%,d", count);
        }
    }

    /** Values shown before the rest fold away behind "more". */
    public static final int SHOWN = 8;

    public static Facet offering(String param, String labelKey, List<Value> values) {
        return new Facet(param, labelKey, values, null, null);
    }

    public static Facet chosen(String param, String labelKey, Value selected, String removeHref) {
        return new Facet(param, labelKey, List.of(), selected, removeHref);
    }

    /**
     * A dimension of a list from its counts: the chosen value with the link that removes it, or the values on offer
     * (in the order of {@code counts}) with the links that choose them. A key without a name or slug (a value the
     * taxonomy no longer has) is not offered.
     */
    public static <K> Facet of(String param, String labelKey, QueryLinks links, long total, Optional<String> chosenName,
                               Map<K, Long> counts, Function<K, String> name, Function<K, String> slug) {
        if (chosenName.isPresent()) {
            return chosen(param, labelKey, new Value(chosenName.get(), total, links.href()), links.without(param));
        }
        List<Value> values = new ArrayList<>();
        counts.forEach((key, count) -> {
            String label = name.apply(key);
            String value = slug.apply(key);
            if (label != null && value != null) {
                values.add(new Value(label, count, links.with(param, value)));
            }
        });
        return offering(param, labelKey, values);
    }

    /** Counts most first, then by key: the order facet values are offered in. */
    public static <K extends Comparable<K>> Map<K, Long> byCount(Map<K, Long> counts) {
        Map<K, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<K, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** Newest year first. */
    public static Map<Integer, Long> byYear(Map<Integer, Long> counts) {
        Map<Integer, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Integer, Long>comparingByKey().reversed()).forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    public boolean isActive() {
        return selected != null;
    }

    public List<Value> first() {
        return values.subList(0, Math.min(SHOWN, values.size()));
    }

    public List<Value> rest() {
        return values.size() <= SHOWN ? List.of() : values.subList(SHOWN, values.size());
    }
}

package org.apirnet.web;

import java.util.List;

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

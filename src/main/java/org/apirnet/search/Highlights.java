package org.apirnet.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Passages the index highlighted, made safe to show: the highlighter marks matches with two private-use characters
 * and nothing else, the whole passage is then HTML-escaped, and only then do the marks become {@code <mark>}. No text
 * from the index reaches a page unescaped.
 */
final class Highlights {

    static final String OPEN = "\uE000";
    static final String CLOSE = "\uE001";
    /** About two lines of a result: enough to show a match in its context. */
    static final int SNIPPET_LENGTH = 240;
    /** How much of the text before the first match a trimmed snippet keeps. */
    private static final int LEAD = 80;

    private Highlights() {
    }

    /** A title, whole, its matches marked. */
    static String toHtml(String highlighted) {
        if (highlighted == null) {
            return "";
        }
        return HtmlUtils.htmlEscape(highlighted.strip()).replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
    }

    /** A passage cut to about {@link #SNIPPET_LENGTH} characters around its first match, at word boundaries. */
    static String snippetHtml(String highlighted) {
        if (highlighted == null) {
            return "";
        }
        String text = highlighted.strip().replaceAll("\\s+", " ");
        if (text.length() <= SNIPPET_LENGTH) {
            return toHtml(text);
        }
        int firstMatch = Math.max(0, text.indexOf(OPEN));
        int start = firstMatch <= LEAD ? 0 : wordStartAfter(text, firstMatch - LEAD);
        int end = Math.min(text.length(), start + SNIPPET_LENGTH);
        end = end == text.length() ? end : wordEndBefore(text, end, firstMatch);
        String cut = text.substring(start, end);
        if (cut.lastIndexOf(OPEN) > cut.lastIndexOf(CLOSE)) {
            cut += CLOSE; // a marked word cut in two still closes its mark
        }
        return (start > 0 ? "… " : "") + toHtml(cut) + (end < text.length() ? " …" : "");
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text.replace(OPEN, "").replace(CLOSE, ""));
    }

    private static int wordStartAfter(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? from : space + 1;
    }

    private static int wordEndBefore(String text, int end, int notBefore) {
        int space = text.lastIndexOf(' ', end);
        return space <= notBefore ? end : space;
    }
}

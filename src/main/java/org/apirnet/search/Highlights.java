package org.apirnet.search;

import java.util.List;

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

    /**
     * A passage cut to about {@link #SNIPPET_LENGTH} characters: from a little before its first match (at a space if
     * there is one near), never cutting the first match out, never cutting a character in two, and closing a mark that
     * the end cut through.
     */
    static String snippetHtml(String highlighted) {
        if (highlighted == null) {
            return "";
        }
        String text = highlighted.strip().replaceAll("\\s+", " ");
        if (text.length() <= SNIPPET_LENGTH) {
            return toHtml(text);
        }
        int firstMatch = Math.max(0, text.indexOf(OPEN));
        int start = 0;
        if (firstMatch > LEAD) {
            int space = text.indexOf(' ', firstMatch - LEAD); // the first word boundary in the lead
            start = space >= 0 && space < firstMatch ? space + 1 : firstMatch - LEAD;
        }
        int end = Math.min(text.length(), start + SNIPPET_LENGTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            if (space > firstMatch) {
                end = space;
            }
        }
        start = onCharacterBoundary(text, start);
        end = Math.max(onCharacterBoundary(text, end), start);
        String cut = text.substring(start, end);
        if (cut.indexOf(CLOSE) >= 0 && (cut.indexOf(OPEN) < 0 || cut.indexOf(CLOSE) < cut.indexOf(OPEN))) {
            cut = OPEN + cut; // began inside a mark
        }
        if (cut.lastIndexOf(OPEN) > cut.lastIndexOf(CLOSE)) {
            cut += CLOSE; // ended inside a mark
        }
        return (start > 0 ? "… " : "") + toHtml(cut) + (end < text.length() ? " …" : "");
    }

    /** {@code index}, moved back one if it falls between the two halves of a surrogate pair. */
    private static int onCharacterBoundary(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }

    /** A short text (a title), escaped, with the given character ranges (in order, not overlapping) marked. */
    static String mark(String text, List<int[]> ranges) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (int[] range : ranges) {
            if (range[0] < at || range[1] > text.length()) {
                continue;
            }
            html.append(escape(text.substring(at, range[0]))).append("<mark>").append(escape(text.substring(range[0], range[1])))
                    .append("</mark>");
            at = range[1];
        }
        return html.append(escape(text.substring(at))).toString();
    }

    /** Text that was not highlighted, with any marks it carries removed, for {@link #snippetHtml}. */
    static String withoutMarks(String text) {
        return text == null ? null : text.replace(OPEN, "").replace(CLOSE, "");
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text.replace(OPEN, "").replace(CLOSE, ""));
    }
}

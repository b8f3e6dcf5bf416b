package org.apirnet.web;

import org.springframework.ui.Model;

/**
 * The page's {@code <meta name="description">}, what search engines and link previews show: pages about one thing
 * describe it with its summary; lists and other pages of their own may describe themselves with a message; every
 * other page has the site's description (see the layout).
 */
public final class PageDescription {

    static final String ATTRIBUTE = "metaDescription";
    static final String MESSAGE_ATTRIBUTE = "metaDescriptionMessage";
    static final String ARGUMENTS_ATTRIBUTE = "metaDescriptionArguments";
    /** About what search engines show; longer text is cut at a word. */
    static final int MAX_LENGTH = 160;

    private PageDescription() {
    }

    public static void describe(Model model, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String plain = text.strip().replaceAll("\\s+", " ");
        if (plain.length() > MAX_LENGTH) {
            int cut = plain.lastIndexOf(' ', MAX_LENGTH - 1);
            plain = plain.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).strip() + "\u2026";
        }
        model.addAttribute(ATTRIBUTE, plain);
    }

    /** Describes the page with a message of {@code messages.properties} (resolved in the viewer's locale by the layout). */
    public static void describeWith(Model model, String messageKey, Object... arguments) {
        model.addAttribute(MESSAGE_ATTRIBUTE, messageKey);
        model.addAttribute(ARGUMENTS_ATTRIBUTE, arguments);
    }
}

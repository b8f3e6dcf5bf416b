package org.apirnet.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Clean-up for short plain texts that other people see: names, titles. */
public final class PlainText {

    /**
     * Unicode's directional overrides, embeddings, isolates and marks. In a name or a title they can make text show
     * in another order than it is stored ("Trojan Source"), e.g. to disguise a file name or impersonate someone.
     */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

    private PlainText() {
    }

    public static String withoutBidiControls(String text) {
        return text == null ? null : BIDI_CONTROLS.matcher(text).replaceAll("");
    }

    /**
     * Text as a URL part: Latin letters without their accents, digits, and single hyphens between words, at most
     * {@code maxLength} characters; empty when nothing of it is Latin.
     */
    public static Optional<String> slugOf(String text, int maxLength) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
    }
}

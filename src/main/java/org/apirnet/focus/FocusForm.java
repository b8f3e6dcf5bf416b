package org.apirnet.focus;

import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The admin's form for a focus, as typed: the theme's slug, the first and last day ({@code yyyy-mm-dd}), and the items
 * as their addresses, one per line. {@code version} is the version the form was opened on (empty for a new one).
 */
record FocusForm(@NotBlank String theme,
                 @NotBlank @Size(max = 200) String headline,
                 @NotBlank @Size(max = 4_000) String introduction,
                 String startsOn,
                 String endsOn,
                 @Size(max = 4_000) String items,
                 String version) {

    static FocusForm empty() {
        return new FocusForm("", "", "", "", "", "", "");
    }

    static FocusForm of(ThematicFocus focus, String themeSlug, java.util.List<String> itemAddresses) {
        return new FocusForm(themeSlug, focus.getHeadline(), focus.getIntroductionMarkdown(), focus.getStartsOn().toString(),
                focus.getEndsOn().toString(), itemAddresses.stream().collect(Collectors.joining("\n")),
                Integer.toString(focus.getVersion()));
    }
}

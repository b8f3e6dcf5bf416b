package org.apirnet.blog;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apirnet.content.Visibility;

/** The post form: every field text, checked against the reference data by {@link BlogService#check}. */
record BlogForm(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 100_000) String body,
        @NotBlank String kind,
        List<String> themes,
        List<String> countries,
        @NotBlank String language,
        @NotBlank @Pattern(regexp = "PUBLIC|MEMBERS", message = "{typeMismatch}") String visibility,
        @Size(max = 200) @Pattern(regexp = "|/discussions/\\d{1,18}", message = "{blog.discussion.invalid}") String discussion) {

    static BlogForm empty() {
        return new BlogForm("", "", "", "", List.of(), List.of(), "en", "PUBLIC", "");
    }

    static BlogForm of(BlogPost post) {
        return new BlogForm(post.getTitle(), post.getSummary(), post.getBodyMarkdown(), post.getKind().slug(),
                post.getThemeIds().stream().map(String::valueOf).toList(),
                post.getCountryIso2s().stream().map(code -> code.toLowerCase(Locale.ROOT)).toList(), post.getLanguage(),
                post.getVisibility().name(), post.getDiscussionPath() == null ? "" : post.getDiscussionPath());
    }

    /** Only after {@link BlogService#check} accepted the form. */
    BlogPost.Content toContent(BlogKind kind) {
        Set<Short> themeIds = new HashSet<>();
        (themes == null ? List.<String>of() : themes).forEach(id -> themeIds.add(Short.valueOf(id.strip())));
        Set<String> countryCodes = new HashSet<>();
        (countries == null ? List.<String>of() : countries).forEach(code -> countryCodes.add(code.strip().toUpperCase(Locale.ROOT)));
        return new BlogPost.Content(title.strip(), summary.strip(), body == null || body.isBlank() ? null : body.strip(),
                kind, language.strip(), Visibility.valueOf(visibility), themeIds, countryCodes,
                discussion == null || discussion.isBlank() ? null : discussion.strip());
    }
}

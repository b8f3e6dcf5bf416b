package org.apirnet.news;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apirnet.content.Visibility;

/**
 * The news form (editors creating and editing, members submitting and changing their submission). Every field is
 * text, so a hostile value gets a field message on the same form with everything typed kept; choices are checked
 * against the reference data by {@link NewsService#check}. The image arrives beside it as a file part.
 */
record NewsForm(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 100_000) String body,
        @NotBlank String kind,
        List<String> themes,
        List<String> countries,
        @NotBlank String language,
        @NotBlank @Pattern(regexp = "PUBLIC|MEMBERS", message = "{typeMismatch}") String visibility,
        @Size(max = 300) String imageAlt,
        String removeImage,
        List<String> removeAttachments,
        String project,
        String version) {

    static NewsForm empty() {
        return new NewsForm("", "", "", "", List.of(), List.of(), "en", "PUBLIC", "", null, List.of(), "", "");
    }

    static NewsForm of(NewsItem item) {
        return new NewsForm(item.getTitle(), item.getSummary(), item.getBodyMarkdown(), item.getKind().slug(),
                item.getThemeIds().stream().map(String::valueOf).toList(),
                item.getCountryIso2s().stream().map(code -> code.toLowerCase(Locale.ROOT)).toList(), item.getLanguage(),
                item.getVisibility().name(), item.getImageAlt() == null ? "" : item.getImageAlt(), null, List.of(),
                item.getProjectId() == null ? "" : item.getProjectId().toString(), Long.toString(item.getVersion()));
    }

    List<String> removeAttachmentsOrEmpty() {
        return removeAttachments == null ? List.of() : removeAttachments;
    }

    boolean removesImage() {
        return removeImage != null && !removeImage.isBlank();
    }

    String altText() {
        return imageAlt == null || imageAlt.isBlank() ? null : imageAlt.strip();
    }

    /** Only after {@link NewsService#check} accepted the form. */
    NewsItem.Content toContent(NewsKind kind) {
        Set<Short> themeIds = new HashSet<>();
        (themes == null ? List.<String>of() : themes).forEach(id -> themeIds.add(Short.valueOf(id.strip())));
        Set<String> countryCodes = new HashSet<>();
        (countries == null ? List.<String>of() : countries).forEach(code -> countryCodes.add(code.strip().toUpperCase(Locale.ROOT)));
        return new NewsItem.Content(title.strip(), summary.strip(), body == null || body.isBlank() ? null : body.strip(),
                kind, language.strip(), Visibility.valueOf(visibility), themeIds, countryCodes,
                org.apirnet.web.RequestValues.id(project).orElse(null));
    }
}

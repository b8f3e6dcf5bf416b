package org.apirnet.library;

import org.apirnet.content.Visibility;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The resource form (editors creating and editing, members submitting). Every field is text: choices are checked
 * against the reference data by {@link LibraryService#check}, so a hostile value gets a message, not an error page.
 */
record ResourceForm(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 100_000) String body,
        @NotBlank String type,
        List<String> themes,
        List<String> countries,
        @NotBlank String language,
        @Pattern(regexp = "^$|^\\d{4}-\\d{2}-\\d{2}$", message = "{library.date.format}") String publicationDate,
        @Size(max = 500) String authors,
        @Size(max = 500) String keywords,
        @Size(max = 2000) @Pattern(regexp = "^$|^https?://\\S+$", message = "{library.url.format}") String externalUrl,
        @NotBlank @Pattern(regexp = "PUBLIC|MEMBERS", message = "{typeMismatch}") String visibility,
        List<String> removeAttachments,
        String project,
        String version) {

    static ResourceForm empty() {
        return new ResourceForm("", "", "", "", List.of(), List.of(), "en", "", "", "", "", "PUBLIC", List.of(), "", "");
    }

    static ResourceForm of(Resource resource, String typeSlug) {
        return new ResourceForm(resource.getTitle(), resource.getSummary(), resource.getBodyMarkdown(), typeSlug,
                resource.getThemeIds().stream().map(String::valueOf).toList(),
                resource.getCountryIso2s().stream().map(code -> code.toLowerCase(Locale.ROOT)).toList(), resource.getLanguage(),
                resource.getPublicationDate() == null ? "" : resource.getPublicationDate().toString(), resource.getAuthors(),
                resource.getKeywords(), resource.getExternalUrl(), resource.getVisibility().name(), List.of(),
                resource.getProjectId() == null ? "" : resource.getProjectId().toString(), Long.toString(resource.getVersion()));
    }

    List<String> themesOrEmpty() {
        return themes == null ? List.of() : themes;
    }

    List<String> countriesOrEmpty() {
        return countries == null ? List.of() : countries;
    }

    public List<String> removeAttachmentsOrEmpty() {
        return removeAttachments == null ? List.of() : removeAttachments;
    }

    LocalDate parsedPublicationDate() {
        if (publicationDate == null || publicationDate.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(publicationDate);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Only after {@link LibraryService#check} accepted the form. */
    Resource.Content toContent(short typeId) {
        Set<Short> themeIds = new HashSet<>();
        themesOrEmpty().forEach(id -> themeIds.add(Short.valueOf(id.strip())));
        Set<String> countryCodes = new HashSet<>();
        countriesOrEmpty().forEach(code -> countryCodes.add(code.strip().toUpperCase(Locale.ROOT)));
        return new Resource.Content(title.strip(), summary.strip(), blankToNull(body), typeId, language.strip(),
                parsedPublicationDate(), blankToNull(authors), blankToNull(keywords), blankToNull(externalUrl),
                Visibility.valueOf(visibility), themeIds, countryCodes,
                org.apirnet.web.RequestValues.id(project).orElse(null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

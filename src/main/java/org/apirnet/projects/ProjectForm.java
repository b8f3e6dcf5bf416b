package org.apirnet.projects;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The project form (editors creating and editing). Every field is text, so a hostile value gets a field message on
 * the same form with everything typed kept; choices and dates are checked by {@link ProjectService#check}. Donors and
 * partners are one a line.
 */
record ProjectForm(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 100_000) String objectives,
        @Size(max = 2000) String donors,
        @Size(max = 2000) String partners,
        @NotBlank @Pattern(regexp = "^$|^\\d{4}-\\d{2}-\\d{2}$", message = "{projects.date.format}") String start,
        @Pattern(regexp = "^$|^\\d{4}-\\d{2}-\\d{2}$", message = "{projects.date.format}") String end,
        @Size(max = 200) String contactName,
        @Size(max = 320) @Email String contactEmail,
        @NotBlank String stage,
        List<String> themes,
        List<String> countries,
        String version) {

    static ProjectForm empty() {
        return new ProjectForm("", "", "", "", "", "", "", "", "", "", List.of(), List.of(), "");
    }

    static ProjectForm of(Project project) {
        return new ProjectForm(project.getTitle(), project.getSummary(), project.getObjectivesMarkdown(),
                String.join("\n", project.getDonors()), String.join("\n", project.getPartners()), project.getStart().toString(),
                project.getEnd() == null ? "" : project.getEnd().toString(), project.getContactName(), project.getContactEmail(),
                project.getStage().slug(), project.getThemeIds().stream().map(String::valueOf).toList(),
                project.getCountryIso2s().stream().map(code -> code.toLowerCase(Locale.ROOT)).toList(),
                Long.toString(project.getVersion()));
    }

    /** A date as typed, or null when blank or not a real date (31 February). */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Only after {@link ProjectService#check} accepted the form. */
    Project.Content toContent(ProjectStage stage) {
        Set<Short> themeIds = new HashSet<>();
        (themes == null ? List.<String>of() : themes).forEach(id -> themeIds.add(Short.valueOf(id.strip())));
        Set<String> countryCodes = new HashSet<>();
        (countries == null ? List.<String>of() : countries).forEach(code -> countryCodes.add(code.strip().toUpperCase(Locale.ROOT)));
        return new Project.Content(title.strip(), summary.strip(), blankToNull(objectives), Project.lines(donors),
                Project.lines(partners), date(start), date(end), blankToNull(contactName), blankToNull(contactEmail), stage,
                themeIds, countryCodes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

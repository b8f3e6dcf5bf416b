package org.apirnet.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.Facet;
import org.apirnet.web.QueryLinks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The theme, country and language choices every content form makes, checked against the reference data (a value no
 * list offered gets a field message, never an error page), and the same tags resolved for pages.
 */
@Component
public class ContentTags {

    private final Taxonomy taxonomy;
    private final ObjectProvider<ProjectDirectory> projects;

    ContentTags(Taxonomy taxonomy, ObjectProvider<ProjectDirectory> projects) {
        this.taxonomy = taxonomy;
        this.projects = projects;
    }

    /**
     * The project an item belongs to, optional: blank means none; anything else must name a project the select
     * offered (a field message otherwise), which includes the one the item names now ({@code kept}) even if that is
     * no longer published, so saving an item never drops or refuses its project. The project's id, or null.
     */
    public Long checkProject(String value, Long kept, Errors errors, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<Long> asked = org.apirnet.web.RequestValues.id(value);
        if (kept != null && asked.filter(kept::equals).isPresent()) {
            return kept;
        }
        Optional<ProjectDirectory.Entry> project = asked.flatMap(this::project);
        if (project.isEmpty()) {
            errors.rejectValue(field, "validation.project.unknown");
            return null;
        }
        return project.get().id();
    }

    /** The projects a content form offers, by name; none when the portal has no projects. */
    public List<ProjectDirectory.Entry> projectChoices() {
        ProjectDirectory directory = projects.getIfAvailable();
        return directory == null ? List.of() : directory.choices();
    }

    /**
     * The projects a form for an item naming {@code kept} (or null) offers: the published ones and, first, the one it
     * names now when that is no longer published (without a name: forms show it as such).
     */
    public List<ProjectDirectory.Entry> projectChoices(Long kept) {
        List<ProjectDirectory.Entry> choices = projectChoices();
        if (kept == null || choices.stream().anyMatch(choice -> choice.id() == kept)) {
            return choices;
        }
        List<ProjectDirectory.Entry> withKept = new java.util.ArrayList<>(choices.size() + 1);
        withKept.add(new ProjectDirectory.Entry(kept, null, null));
        withKept.addAll(choices);
        return withKept;
    }

    /** The id of the project of this exact name (demo content names its projects so), or empty. */
    public Optional<Long> projectNamed(String name) {
        return projectChoices().stream().filter(project -> project.name().equals(name)).map(ProjectDirectory.Entry::id).findFirst();
    }

    /** The project an item names, to link to it; empty when it names none (or one no longer published). */
    public Optional<ProjectDirectory.Entry> project(Long id) {
        ProjectDirectory directory = projects.getIfAvailable();
        return id == null || directory == null ? Optional.empty() : directory.find(id);
    }

    /** At least one theme, each a listed one; the ids, or an empty set after rejecting the field. */
    public Set<Short> checkThemes(List<String> values, Errors errors, String field) {
        if (values == null || values.isEmpty()) {
            errors.rejectValue(field, "validation.themes.required");
            return Set.of();
        }
        return taxonomy.themeIds(values).orElseGet(() -> {
            errors.rejectValue(field, "validation.themes.unknown");
            return Set.of();
        });
    }

    /** Any number of listed countries (none means regional); their upper-case codes. */
    public Set<String> checkCountries(List<String> values, Errors errors, String field) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        return taxonomy.countryCodes(values).orElseGet(() -> {
            errors.rejectValue(field, "validation.country.unknown");
            return Set.of();
        });
    }

    /** A listed language; blank is left to {@code @NotBlank}. */
    public void checkLanguage(String code, Errors errors, String field) {
        if (code != null && !code.isBlank() && !Languages.isKnown(code.strip())) {
            errors.rejectValue(field, "validation.language.unknown");
        }
    }

    /** Themes in their editorial order. */
    public List<Tag> themes(Collection<Short> ids) {
        return taxonomy.themes().stream().filter(theme -> ids.contains(theme.getId()))
                .map(theme -> new Tag(theme.getName(), theme.getSlug())).toList();
    }

    /** Countries by name. */
    public List<Tag> countries(Collection<String> iso2s) {
        Map<String, Country> countries = taxonomy.countriesByIso2();
        return iso2s.stream().map(countries::get).filter(Objects::nonNull).sorted(Comparator.comparing(Country::getName))
                .map(country -> new Tag(country.getName(), country.getSlug())).toList();
    }

    /** Theme names by id, for resolving many items at once. */
    public Map<Short, Theme> themesById() {
        return taxonomy.themesById();
    }

    /** A list's theme facet ({@code theme=slug}) from the index's counts by theme id, most first. */
    public Facet themeFacet(String labelKey, QueryLinks links, long total, Optional<Theme> chosen, Map<Short, Long> counts) {
        Map<Short, Theme> themes = taxonomy.themesById();
        return Facet.of("theme", labelKey, links, total, chosen.map(Theme::getName), Facet.byCount(counts),
                id -> themes.get(id) == null ? null : themes.get(id).getName(),
                id -> themes.get(id) == null ? null : themes.get(id).getSlug());
    }

    /** A list's country facet ({@code country=slug}) from the index's counts by upper-case ISO code, most first. */
    public Facet countryFacet(String labelKey, QueryLinks links, long total, Optional<Country> chosen, Map<String, Long> counts) {
        Map<String, Country> countries = taxonomy.countriesByIso2();
        return Facet.of("country", labelKey, links, total, chosen.map(Country::getName), Facet.byCount(counts),
                code -> countries.get(code) == null ? null : countries.get(code).getName(),
                code -> countries.get(code) == null ? null : countries.get(code).getSlug());
    }
}

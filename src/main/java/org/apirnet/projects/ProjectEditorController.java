package org.apirnet.projects;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.apirnet.content.ContentStatus;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.web.AdminMenuItem;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.PortalPrincipal;
import org.apirnet.web.RequestValues;
import org.apirnet.web.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors adding projects (published or as drafts), editing, publishing and archiving them. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class ProjectEditorController {

    /** A choice of a select: its value and the message key of its label. */
    public record Option(String value, String labelKey) {
    }

    private static final List<Option> STAGES = Arrays.stream(ProjectStage.values())
            .map(stage -> new Option(stage.slug(), stage.labelKey())).toList();

    private final ProjectService projects;
    private final Taxonomy taxonomy;

    ProjectEditorController(ProjectService projects, Taxonomy taxonomy) {
        this.projects = projects;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/projects/new")
    String newProject(Model model) {
        return form(model, ProjectForm.empty(), null);
    }

    @PostMapping("/projects/new")
    String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult errors,
                  @RequestParam(name = "action", required = false) String action,
                  @AuthenticationPrincipal PortalPrincipal editor, Model model, RedirectAttributes redirect) {
        Optional<ProjectStage> stage = projects.check(form, errors);
        if (stage.isEmpty()) {
            return form(model, form, null);
        }
        ContentStatus status = "draft".equals(action) ? ContentStatus.DRAFT : ContentStatus.PUBLISHED;
        long id = projects.create(form.toContent(stage.get()), status, editor.getAccountId());
        redirect.addFlashAttribute("notice", status == ContentStatus.DRAFT ? "projects.saved.draft" : "projects.saved.published");
        return "redirect:" + ProjectViews.path(id, Project.slugOf(form.title()));
    }

    @GetMapping("/projects/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        Project project = existing(id);
        return form(model, ProjectForm.of(project), project.getId());
    }

    /** The form carries the version it was made from: a save over someone else's later one is refused with a message. */
    @PostMapping("/projects/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult errors,
                  @AuthenticationPrincipal PortalPrincipal editor, Model model, RedirectAttributes redirect) {
        Project project = existing(id);
        if (!Long.toString(project.getVersion()).equals(form.version())) {
            errors.rejectValue("version", "projects.changedMeanwhile");
        }
        Optional<ProjectStage> stage = projects.check(form, errors);
        if (stage.isEmpty()) {
            return form(model, form, project.getId());
        }
        // checked again where it is saved: someone may have saved in between
        if (!projects.update(project.getId(), project.getVersion(), form.toContent(stage.get()), editor.getAccountId())) {
            errors.rejectValue("version", "projects.changedMeanwhile");
            return form(model, form, project.getId());
        }
        redirect.addFlashAttribute("notice", "projects.saved.changes");
        return "redirect:" + ProjectViews.path(project.getId(), Project.slugOf(form.title()));
    }

    @PostMapping("/projects/{id}/publish")
    String publish(@PathVariable String id, @AuthenticationPrincipal PortalPrincipal editor, RedirectAttributes redirect) {
        Project project = existing(id);
        redirect.addFlashAttribute("notice", projects.publish(project.getId(), editor.getAccountId()) ? "projects.published" : "projects.unchanged");
        return "redirect:" + ProjectViews.path(project.getId(), project.getSlug());
    }

    @PostMapping("/projects/{id}/archive")
    String archive(@PathVariable String id, @AuthenticationPrincipal PortalPrincipal editor, RedirectAttributes redirect) {
        Project project = existing(id);
        redirect.addFlashAttribute("notice", projects.archive(project.getId(), editor.getAccountId()) ? "projects.archived" : "projects.unchanged");
        return "redirect:" + ProjectViews.path(project.getId(), project.getSlug());
    }

    private String form(Model model, ProjectForm form, Long projectId) {
        model.addAttribute("form", form);
        model.addAttribute("mode", projectId == null ? "CREATE" : "EDIT");
        model.addAttribute("projectId", projectId);
        model.addAttribute("stages", STAGES);
        model.addAttribute("themes", taxonomy.themes());
        model.addAttribute("countriesBySubregion", taxonomy.countriesBySubregion());
        return "projects/form";
    }

    private Project existing(String id) {
        return projects.find(RequestValues.requiredId(id)).orElseThrow(() -> new NotFoundException("project"));
    }

    /** Only editors change projects; the handlers say so again. */
    @Bean
    static RouteRules projectRoutes() {
        return routes -> routes
                .requestMatchers("/projects/new", "/projects/*/edit", "/projects/*/publish", "/projects/*/archive")
                .hasRole("EDITOR");
    }

    @Bean
    static AdminMenuItem projectsAdmin() {
        return new AdminMenuItem("/projects/new", "projects.admin.new", "projects.admin.new.description", 34);
    }
}

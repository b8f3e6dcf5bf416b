package org.apirnet.projects;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apirnet.content.AuditEntry;
import org.apirnet.content.IndexedKind;
import org.apirnet.content.ProjectContent;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.NavigationItem;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.RequestValues;
import org.apirnet.web.SluggedAddress;
import org.apirnet.web.PageDescription;
import org.apirnet.web.SharedPages;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing projects and reading one, with what belongs to it: what every visitor, member and editor does. */
@Controller
class ProjectController {

    /** A project page lists this many items of each kind, newest first, and says how many there are in all. */
    static final int ITEMS_PER_KIND = 20;

    private final ProjectBrowsePage browsePage;
    private final ProjectService projects;
    private final ProjectViews views;
    private final ProjectContent content;
    private final CurrentViewer viewer;

    ProjectController(ProjectBrowsePage browsePage, ProjectService projects, ProjectViews views, ProjectContent content,
                      CurrentViewer viewer) {
        this.browsePage = browsePage;
        this.projects = projects;
        this.views = views;
        this.content = content;
        this.viewer = viewer;
    }

    /** Filters arrive as plain query parameters, so every state is a bookmarkable link. */
    @GetMapping("/projects")
    String browse(@RequestParam(name = "stage", required = false) String stage,
                  @RequestParam(name = "theme", required = false) String theme,
                  @RequestParam(name = "country", required = false) String country,
                  @RequestParam(name = "page", required = false) String page,
                  Model model) {
        model.addAttribute("view", browsePage.show(new ProjectBrowsePage.Request(stage, theme, country,
                RequestValues.pageIndex(page)), viewer.isMember()));
        model.addAttribute("isEditor", viewer.isEditor());
        SharedPages.share();
        return "projects/list";
    }

    /**
     * One project at {@code /projects/{id}-{slug}}. The id decides; a missing or outdated slug is answered with a
     * permanent redirect to the current address. Drafts and archived projects exist only for editors.
     */
    @GetMapping("/projects/{reference}")
    Object read(@PathVariable String reference, Model model) {
        SluggedAddress.Asked asked = SluggedAddress.parse(reference).orElseThrow(() -> new NotFoundException("project"));
        boolean editor = viewer.isEditor();
        Project project = RequestValues.id(asked.id()).flatMap(projects::find)
                .filter(p -> editor || p.isVisibleTo(viewer.isMember()))
                .orElseThrow(() -> new NotFoundException("project"));
        if (!project.getSlug().equals(asked.slug())) {
            return SluggedAddress.movedTo(ProjectViews.path(project.getId(), project.getSlug()));
        }
        List<AuditEntry> history = editor ? projects.history(project.getId()) : List.of();
        model.addAttribute("project", views.detail(project, content.of(project.getId(), ITEMS_PER_KIND, viewer.isMember())));
        model.addAttribute("isEditor", editor);
        model.addAttribute("history", history);
        model.addAttribute("names", editor ? projects.names(history.stream().map(AuditEntry::actorId).filter(Objects::nonNull)
                .distinct().toList()) : Map.of());
        PageDescription.describe(model, project.getSummary());
        SharedPages.share(); // nothing on it is the viewer's own
        return "projects/detail";
    }

    /** Projects are in the search index as the content kind {@code project}; their id-only address redirects. */
    @Bean
    static IndexedKind projectKind() {
        return new IndexedKind(Project.KIND, Project.class, "projects.kind", "/projects/");
    }

    @Bean
    static NavigationItem projectsNavigation() {
        return new NavigationItem("/projects", "nav.projects", 27);
    }
}

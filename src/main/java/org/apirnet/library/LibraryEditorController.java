package org.apirnet.library;

import java.util.List;

import jakarta.validation.Valid;
import org.apirnet.content.ContentStatus;
import org.apirnet.content.RejectForm;
import org.apirnet.web.AdminMenuItem;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.RequestValues;
import org.apirnet.web.RouteRules;
import org.apirnet.web.PortalPrincipal;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors publishing directly, editing, archiving, and deciding member submissions. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class LibraryEditorController {

    /** Submissions listed at once, oldest first; more wait their turn. */
    static final int SUBMISSIONS_SHOWN = 100;

    private final LibraryService library;
    private final LibraryViews views;
    private final ResourceFormPage formPage;

    LibraryEditorController(LibraryService library, LibraryViews views, ResourceFormPage formPage) {
        this.library = library;
        this.views = views;
        this.formPage = formPage;
    }

    @GetMapping("/library/new")
    String newResource(Model model) {
        return formPage.show(model, ResourceForm.empty(), ResourceFormPage.Mode.CREATE, null);
    }

    @PostMapping("/library/new")
    String create(@Valid @ModelAttribute("form") ResourceForm form, BindingResult errors,
                  @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
                  @RequestParam(name = "action", required = false) String action,
                  @AuthenticationPrincipal PortalPrincipal editor, Model model, RedirectAttributes redirect) {
        ContentStatus status = "draft".equals(action) ? ContentStatus.DRAFT : ContentStatus.PUBLISHED;
        Long id = formPage.save(form, errors, uploads, null, status, editor.getAccountId(), model);
        if (id == null) {
            return formPage.show(model, form, ResourceFormPage.Mode.CREATE, null);
        }
        redirect.addFlashAttribute("notice", status == ContentStatus.DRAFT ? "library.saved.draft" : "library.saved.published");
        return "redirect:/library/" + id;
    }

    @GetMapping("/library/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        Resource resource = existing(id);
        return formPage.show(model, ResourceForm.of(resource, views.typeOf(resource.getResourceTypeId()).map(t -> t.getSlug()).orElse("")),
                ResourceFormPage.Mode.EDIT, resource);
    }

    @PostMapping("/library/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("form") ResourceForm form, BindingResult errors,
                  @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
                  @AuthenticationPrincipal PortalPrincipal editor, Model model, RedirectAttributes redirect) {
        Resource resource = existing(id);
        Long saved = formPage.save(form, errors, uploads, resource, null, editor.getAccountId(), model);
        if (saved == null) {
            return formPage.show(model, form, ResourceFormPage.Mode.EDIT, resource);
        }
        redirect.addFlashAttribute("notice", "library.saved.changes");
        return "redirect:/library/" + saved;
    }

    /** From the submissions queue, back to the queue (with the next submission in view); from a page, to that page. */
    @PostMapping("/library/{id}/publish")
    String publish(@PathVariable String id, @RequestParam(name = "from", required = false) String from,
                   @AuthenticationPrincipal PortalPrincipal editor, RedirectAttributes redirect) {
        Resource resource = existing(id);
        boolean published = library.publish(resource.getId(), editor.getAccountId());
        if ("submissions".equals(from)) {
            redirect.addFlashAttribute("notice", published ? "library.approvedNamed" : "library.unchanged");
            redirect.addFlashAttribute("noticeArgument", resource.getTitle());
            return "redirect:/library/submissions";
        }
        redirect.addFlashAttribute("notice", published ? "library.published" : "library.unchanged");
        return "redirect:/library/" + resource.getId();
    }

    @PostMapping("/library/{id}/archive")
    String archive(@PathVariable String id, @AuthenticationPrincipal PortalPrincipal editor, RedirectAttributes redirect) {
        long resourceId = existing(id).getId();
        redirect.addFlashAttribute("notice", library.archive(resourceId, editor.getAccountId()) ? "library.archived" : "library.unchanged");
        return "redirect:/library/" + resourceId;
    }

    @GetMapping("/library/submissions")
    String submissions(Model model) {
        List<Resource> pending = library.pendingSubmissions(SUBMISSIONS_SHOWN);
        // Everything needed to decide, on the queue itself: the whole description, the files, the link.
        java.util.Map<Long, String> names = library.names(pending.stream().map(Resource::getCreatedBy).toList());
        model.addAttribute("submissions", pending.stream().map(resource -> views.detail(resource, names)).toList());
        model.addAttribute("waiting", library.countPendingSubmissions());
        if (!model.containsAttribute("rejectForm")) {
            model.addAttribute("rejectForm", RejectForm.empty());
        }
        return "library/submissions";
    }

    @PostMapping("/library/{id}/reject")
    String reject(@PathVariable String id, @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult errors,
                  @AuthenticationPrincipal PortalPrincipal editor, Model model, RedirectAttributes redirect) {
        long resourceId = existing(id).getId();
        if (errors.hasErrors()) {
            model.addAttribute("rejectingId", resourceId);
            return submissions(model);
        }
        redirect.addFlashAttribute("notice", library.reject(resourceId, editor.getAccountId(), form.reason())
                ? "library.rejected" : "library.unchanged");
        return "redirect:/library/submissions";
    }

    @GetMapping("/library/manage")
    String manage(@RequestParam(name = "status", required = false) String status, Model model) {
        ContentStatus selected = null;
        for (ContentStatus candidate : ContentStatus.values()) {
            if (candidate.name().equals(status)) {
                selected = candidate;
            }
        }
        List<Resource> recent = library.recentForEditors(selected);
        model.addAttribute("resources", views.cards(recent));
        model.addAttribute("downloads", recent.stream().collect(java.util.stream.Collectors.toMap(Resource::getId, Resource::getDownloadCount)));
        model.addAttribute("updated", recent.stream().collect(java.util.stream.Collectors.toMap(Resource::getId, Resource::getUpdatedAt)));
        model.addAttribute("statuses", ContentStatus.values());
        model.addAttribute("selectedStatus", selected == null ? "" : selected.name());
        return "library/manage";
    }

    private Resource existing(String id) {
        return RequestValues.id(id).flatMap(library::find).orElseThrow(() -> new NotFoundException("resource"));
    }

    /** Editors' pages; {@code /library/submit} is for members. Everything else in the library is open and checked per resource. */
    @Bean
    static RouteRules libraryRoutes() {
        return routes -> routes
                .requestMatchers("/library/new", "/library/manage", "/library/submissions", "/library/*/edit",
                        "/library/*/publish", "/library/*/archive", "/library/*/reject").hasRole("EDITOR")
                .requestMatchers("/library/submit").hasRole("MEMBER");
    }

    @Bean
    static AdminMenuItem libraryAdmin() {
        return new AdminMenuItem("/library/manage", "library.manage", "library.manage.description", 60);
    }

}

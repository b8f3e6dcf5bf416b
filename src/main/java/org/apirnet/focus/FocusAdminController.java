package org.apirnet.focus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import org.apirnet.content.AuditEntry;
import org.apirnet.identity.MemberContacts;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.AdminMenuItem;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.PortalPrincipal;
import org.apirnet.web.RequestValues;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins planning the home page's thematic focus (under {@code /admin}, so admins only). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class FocusAdminController {

    /** A focus in the admins' list. */
    public record Planned(long id, String theme, String headline, String period, String stateKey, int items) {
    }

    private final ThematicFocuses focuses;
    private final Taxonomy taxonomy;
    private final FocusProperties properties;
    private final MemberContacts contacts;

    FocusAdminController(ThematicFocuses focuses, Taxonomy taxonomy, FocusProperties properties, MemberContacts contacts) {
        this.focuses = focuses;
        this.taxonomy = taxonomy;
        this.properties = properties;
        this.contacts = contacts;
    }

    @GetMapping("/admin/focus")
    String list(Model model) {
        var today = focuses.today();
        Map<Short, Theme> themes = taxonomy.themesById();
        model.addAttribute("focuses", focuses.all().stream().map(f -> new Planned(f.getId(),
                Optional.ofNullable(themes.get(f.getThemeId())).map(Theme::getName).orElse(""),
                f.getHeadline(), f.getStartsOn() + " \u2013 " + f.getEndsOn(),
                f.runsOn(today) ? "focus.state.current" : f.getStartsOn().isAfter(today) ? "focus.state.planned" : "focus.state.past",
                f.getItems().size())).toList());
        return "focus/admin-list";
    }

    @GetMapping("/admin/focus/new")
    String newFocus(Model model) {
        return form(model, FocusForm.empty(), null);
    }

    @PostMapping("/admin/focus/new")
    String add(@Valid @ModelAttribute("form") FocusForm form, BindingResult errors,
               @AuthenticationPrincipal PortalPrincipal admin, Model model, RedirectAttributes redirect) {
        return focuses.save(null, form, errors, admin.getAccountId())
                .map(id -> saved(redirect, form))
                .orElseGet(() -> form(model, form, null));
    }

    @GetMapping("/admin/focus/{id}")
    String edit(@PathVariable String id, Model model) {
        ThematicFocus focus = existing(id);
        String slug = taxonomy.themesById().get(focus.getThemeId()).getSlug();
        return form(model, FocusForm.of(focus, slug, focuses.addresses(focus)), focus);
    }

    @PostMapping("/admin/focus/{id}")
    String change(@PathVariable String id, @Valid @ModelAttribute("form") FocusForm form, BindingResult errors,
                  @AuthenticationPrincipal PortalPrincipal admin, Model model, RedirectAttributes redirect) {
        ThematicFocus focus = existing(id);
        return focuses.save(focus.getId(), form, errors, admin.getAccountId())
                .map(saved -> saved(redirect, form))
                .orElseGet(() -> form(model, form, focus));
    }

    @PostMapping("/admin/focus/{id}/delete")
    String delete(@PathVariable String id, @AuthenticationPrincipal PortalPrincipal admin, RedirectAttributes redirect) {
        ThematicFocus focus = existing(id);
        focuses.delete(focus.getId(), admin.getAccountId());
        redirect.addFlashAttribute("notice", "focus.deleted");
        redirect.addFlashAttribute("noticeArgument", focus.getHeadline());
        return "redirect:/admin/focus";
    }

    private static String saved(RedirectAttributes redirect, FocusForm form) {
        redirect.addFlashAttribute("notice", "focus.saved");
        redirect.addFlashAttribute("noticeArgument", form.headline().strip());
        return "redirect:/admin/focus";
    }

    private String form(Model model, FocusForm form, ThematicFocus existing) {
        model.addAttribute("form", form);
        model.addAttribute("existingId", existing == null ? null : existing.getId());
        model.addAttribute("themes", taxonomy.themes());
        List<AuditEntry> history = existing == null ? List.of() : focuses.history(existing.getId());
        List<Long> people = history.stream().map(AuditEntry::actorId).filter(java.util.Objects::nonNull).distinct().toList();
        model.addAttribute("history", history);
        model.addAttribute("names", people.isEmpty() ? Map.of() : contacts.names(people));
        model.addAttribute("maxItems", properties.maxItems());
        return "focus/admin-form";
    }

    private ThematicFocus existing(String id) {
        return RequestValues.id(id).flatMap(focuses::find).orElseThrow(() -> new NotFoundException("focus"));
    }

    @Bean
    static AdminMenuItem focusAdmin() {
        return new AdminMenuItem("/admin/focus", "focus.title", "focus.description", 5);
    }
}

package org.apirnet.countries;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import org.apirnet.content.AuditEntry;
import org.apirnet.content.AuditTrail;
import org.apirnet.identity.MemberContacts;
import org.apirnet.web.AdminMenuItem;
import org.apirnet.web.NotFoundException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins defining the indicators every country profile can state (under {@code /admin}, so admins only). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class IndicatorAdminController {

    private final IndicatorCatalog catalog;
    private final IndicatorAdministration administration;
    private final AuditTrail audit;
    private final MemberContacts contacts;

    IndicatorAdminController(IndicatorCatalog catalog, IndicatorAdministration administration, AuditTrail audit,
                             MemberContacts contacts) {
        this.catalog = catalog;
        this.administration = administration;
        this.audit = audit;
        this.contacts = contacts;
    }

    @GetMapping("/admin/indicators")
    String list(Model model) {
        model.addAttribute("groups", ProfileViews.groups(catalog.definitions(), true));
        model.addAttribute("given", administration.givenCounts());
        return "countries/admin-indicators";
    }

    @GetMapping("/admin/indicators/new")
    String newIndicator(Model model) {
        return form(model, IndicatorForm.empty(), null);
    }

    @PostMapping("/admin/indicators/new")
    String add(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult errors,
               @AuthenticationPrincipal PortalPrincipal admin, Model model, RedirectAttributes redirect) {
        Indicator added = administration.add(form, errors, admin.getAccountId());
        if (added == null) {
            return form(model, form, null);
        }
        redirect.addFlashAttribute("notice", "indicators.added");
        redirect.addFlashAttribute("noticeArgument", added.getName());
        return "redirect:/admin/indicators";
    }

    @GetMapping("/admin/indicators/{slug}")
    String edit(@PathVariable String slug, Model model) {
        Indicator indicator = existing(slug);
        return form(model, IndicatorForm.of(indicator, catalog.definitions().groupOf(indicator)), indicator);
    }

    @PostMapping("/admin/indicators/{slug}")
    String change(@PathVariable String slug, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult errors,
                  @AuthenticationPrincipal PortalPrincipal admin, Model model, RedirectAttributes redirect) {
        Indicator indicator = existing(slug);
        if (!administration.change(indicator.getId(), form, errors, admin.getAccountId())) {
            return form(model, form, indicator);
        }
        redirect.addFlashAttribute("notice", "indicators.changed");
        redirect.addFlashAttribute("noticeArgument", form.name().strip());
        return "redirect:/admin/indicators";
    }

    private String form(Model model, IndicatorForm form, Indicator existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing == null ? null : ProfileViews.indicator(existing, catalog.definitions().groupOf(existing)));
        model.addAttribute("types", IndicatorType.values());
        model.addAttribute("groups", ProfileViews.groups(catalog.definitions(), true));
        List<AuditEntry> history = existing == null ? List.of() : audit.history(IndicatorAdministration.INDICATOR_SUBJECT, existing.getId());
        Set<Long> people = new HashSet<>();
        history.forEach(entry -> {
            if (entry.actorId() != null) {
                people.add(entry.actorId());
            }
        });
        model.addAttribute("history", history);
        model.addAttribute("names", people.isEmpty() ? Map.of() : contacts.names(people));
        return "countries/admin-indicator-form";
    }

    private Indicator existing(String slug) {
        return catalog.definitions().indicator(slug).orElseThrow(() -> new NotFoundException("indicator"));
    }

    @Bean
    static AdminMenuItem indicatorsAdmin() {
        return new AdminMenuItem("/admin/indicators", "indicators.title", "indicators.description", 45);
    }
}

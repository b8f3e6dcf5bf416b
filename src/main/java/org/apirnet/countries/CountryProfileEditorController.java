package org.apirnet.countries;

import java.time.Clock;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import org.apirnet.content.AuditEntry;
import org.apirnet.identity.MemberContacts;
import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.PortalPrincipal;
import org.apirnet.web.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** Editors giving, changing and taking away a country's value of an indicator, one value per form. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class CountryProfileEditorController {

    private final Taxonomy taxonomy;
    private final IndicatorCatalog catalog;
    private final CountryProfiles profiles;
    private final MemberContacts contacts;
    private final Clock clock;

    CountryProfileEditorController(Taxonomy taxonomy, IndicatorCatalog catalog, CountryProfiles profiles,
                                   MemberContacts contacts, Clock clock) {
        this.taxonomy = taxonomy;
        this.catalog = catalog;
        this.profiles = profiles;
        this.contacts = contacts;
        this.clock = clock;
    }

    @GetMapping("/countries/{iso2}/indicators/{slug}")
    String edit(@PathVariable String iso2, @PathVariable String slug, Model model) {
        Country country = country(iso2);
        Indicator indicator = indicator(slug);
        IndicatorValue existing = profiles.value(country, indicator).orElse(null);
        return show(model, country, indicator, IndicatorValueForm.of(indicator, existing), existing);
    }

    @PostMapping("/countries/{iso2}/indicators/{slug}")
    String save(@PathVariable String iso2, @PathVariable String slug,
                @Valid @ModelAttribute("form") IndicatorValueForm form, BindingResult errors,
                @RequestParam(name = "action", required = false) String action,
                @AuthenticationPrincipal PortalPrincipal editor, Model model, RedirectAttributes redirect) {
        Country country = country(iso2);
        Indicator indicator = indicator(slug);
        boolean removing = "remove".equals(action);
        ParsedValue value = null;
        if (!removing && !errors.hasErrors()) {
            value = form.parse(indicator, errors, Year.now(clock).getValue());
        }
        if (errors.hasErrors() && !removing) {
            return show(model, country, indicator, form, profiles.value(country, indicator).orElse(null));
        }
        CountryProfiles.Outcome outcome;
        try {
            outcome = removing
                    ? profiles.remove(country, indicator, form.startedFromVersion(), editor.getAccountId())
                    : profiles.set(country, indicator, value, form.startedFromVersion(), editor.getAccountId());
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // Another editor's change committed between our read and our write.
            outcome = CountryProfiles.Outcome.CHANGED_MEANWHILE;
        }
        if (outcome == CountryProfiles.Outcome.CHANGED_MEANWHILE) {
            errors.reject("country.indicator.changedMeanwhile");
            return show(model, country, indicator, form, profiles.value(country, indicator).orElse(null));
        }
        redirect.addFlashAttribute("notice", outcome == CountryProfiles.Outcome.UNCHANGED ? "country.indicator.unchanged"
                : removing ? "country.indicator.removed" : "country.indicator.saved");
        redirect.addFlashAttribute("noticeArgument", indicator.getName());
        return "redirect:/countries/" + country.getSlug() + "#group-" + catalog.definitions().groupOf(indicator).getSlug();
    }

    private String show(Model model, Country country, Indicator indicator, IndicatorValueForm form, IndicatorValue current) {
        List<AuditEntry> history = current == null ? List.of() : profiles.history(current);
        Set<Long> people = new HashSet<>();
        history.forEach(entry -> {
            if (entry.actorId() != null) {
                people.add(entry.actorId());
            }
        });
        Map<Long, String> names = people.isEmpty() ? Map.of() : contacts.names(people);
        model.addAttribute("country", country);
        model.addAttribute("indicator", ProfileViews.indicator(indicator, catalog.definitions().groupOf(indicator)));
        model.addAttribute("type", indicator.getType().key());
        model.addAttribute("form", form);
        model.addAttribute("current", ProfileViews.value(indicator, current));
        model.addAttribute("hasValue", current != null && !current.isMissing());
        model.addAttribute("history", history);
        model.addAttribute("names", names);
        model.addAttribute("currentYear", Year.now(clock).getValue());
        return "countries/indicator-value";
    }

    private Country country(String iso2) {
        return CountryController.country(taxonomy, iso2).orElseThrow(() -> new NotFoundException("country"));
    }

    private Indicator indicator(String slug) {
        return catalog.definitions().indicator(slug).orElseThrow(() -> new NotFoundException("indicator"));
    }

    @Bean
    static RouteRules countryRoutes() {
        return routes -> routes.requestMatchers("/countries/*/indicators/**").hasRole("EDITOR");
    }
}

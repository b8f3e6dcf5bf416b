package org.apirnet.events;

import jakarta.validation.Valid;
import org.apirnet.content.ContentStatus;
import org.apirnet.web.PortalPrincipal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Members submitting events of their organization; held PENDING until an editor decides. */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class EventSubmissionController {

    private final EventFormPage formPage;

    EventSubmissionController(EventFormPage formPage) {
        this.formPage = formPage;
    }

    @GetMapping("/events/submit")
    String form(Model model) {
        return formPage.show(model, EventForm.empty(), EventFormPage.Mode.SUBMIT, null);
    }

    @PostMapping("/events/submit")
    String submit(@Valid @ModelAttribute("form") EventForm form, BindingResult errors,
                  @AuthenticationPrincipal PortalPrincipal member, Model model, RedirectAttributes redirect) {
        Long id = formPage.save(form, errors, null, ContentStatus.PENDING, member.getAccountId());
        if (id == null) {
            return formPage.show(model, form, EventFormPage.Mode.SUBMIT, null);
        }
        redirect.addFlashAttribute("notice", "events.submitted");
        return "redirect:/events/" + id;
    }
}

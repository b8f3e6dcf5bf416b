package org.apirnet.identity;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Applying for membership and confirming the address. */
@Controller
class JoinController {

    private final MembershipService membership;
    private final ProfileReferences references;

    JoinController(MembershipService membership, ProfileReferences references) {
        this.membership = membership;
        this.references = references;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("countries", references.countries());
        model.addAttribute("groups", references.constituencyGroups());
        model.addAttribute("themes", references.themes());
    }

    @GetMapping("/join")
    String form(Model model) {
        model.addAttribute("form", ApplicationForm.empty());
        return "identity/join";
    }

    @PostMapping("/join")
    String apply(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors, RedirectAttributes redirect) {
        references.check("country", form.country(), "constituencyGroup", form.constituencyGroup(), "themes", form.themes(), errors);
        if (!errors.hasFieldErrors("email") && membership.emailInUse(form.email())) {
            errors.rejectValue("email", "join.email.taken");
        }
        if (errors.hasErrors()) {
            return "identity/join";
        }
        membership.apply(form);
        redirect.addFlashAttribute("email", Account.normalizeEmail(form.email()));
        return "redirect:/join/sent";
    }

    @GetMapping("/join/sent")
    String sent() {
        return "identity/join-sent";
    }

    /** Shows a button rather than confirming on GET: mail scanners that open links must not confirm for people. */
    @GetMapping("/join/confirm")
    String confirmPage(@RequestParam(name = "token", required = false) String token, Model model) {
        MembershipService.TokenOutcome outcome = membership.checkConfirmationToken(token);
        if (outcome != MembershipService.TokenOutcome.CONFIRMED) {
            return tokenProblem(outcome, model);
        }
        model.addAttribute("token", token);
        return "identity/confirm";
    }

    /** Confirms, then shows the account page to someone signed in, or the sign-in page (with the news) to anyone else. */
    @PostMapping("/join/confirm")
    String confirm(@RequestParam(name = "token", required = false) String token, @AuthenticationPrincipal PortalUser user,
                   Model model, RedirectAttributes redirect) {
        MembershipService.TokenOutcome outcome = membership.confirmEmail(token);
        if (outcome != MembershipService.TokenOutcome.CONFIRMED) {
            return tokenProblem(outcome, model);
        }
        redirect.addFlashAttribute("notice", "join.confirmed");
        return user == null ? "redirect:/login" : "redirect:/account";
    }

    static String tokenProblem(MembershipService.TokenOutcome outcome, Model model) {
        model.addAttribute("problem", switch (outcome) {
            case ALREADY_USED -> "token.used";
            case EXPIRED -> "token.expired";
            default -> "token.unknown";
        });
        return "identity/token-problem";
    }
}

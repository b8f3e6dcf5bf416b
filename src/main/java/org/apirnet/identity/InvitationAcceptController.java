package org.apirnet.identity;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Joining through an admin's invitation: choose a name and password, already approved. */
@Controller
class InvitationAcceptController {

    private final InvitationService invitations;
    private final ProfileReferences references;

    InvitationAcceptController(InvitationService invitations, ProfileReferences references) {
        this.invitations = invitations;
        this.references = references;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("countries", references.countries());
        model.addAttribute("themes", references.themes());
    }

    @GetMapping("/invitation")
    String form(@RequestParam(name = "token", required = false) String token, Model model) {
        Optional<Invitation> invitation = invitations.findByToken(token);
        InvitationService.AcceptOutcome outcome = invitations.check(invitation);
        if (outcome != InvitationService.AcceptOutcome.ACCEPTED) {
            return problem(outcome, model);
        }
        model.addAttribute("invitedEmail", invitation.get().getEmail());
        model.addAttribute("form", new Forms.AcceptInvitationForm(token, "", "", "", "", "", List.of()));
        return "identity/invitation";
    }

    @PostMapping("/invitation")
    String accept(@Valid @ModelAttribute("form") Forms.AcceptInvitationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Optional<Invitation> invitation = errors.hasFieldErrors("token") ? Optional.empty() : invitations.findByToken(form.token());
        InvitationService.AcceptOutcome check = invitations.check(invitation);
        if (check != InvitationService.AcceptOutcome.ACCEPTED) {
            return problem(check, model);
        }
        references.check("country", form.country(), "constituencyGroup", null, "themes", form.themes(), errors);
        if (errors.hasErrors()) {
            model.addAttribute("invitedEmail", invitation.get().getEmail());
            return "identity/invitation";
        }
        InvitationService.AcceptOutcome outcome = invitations.accept(form.token(), form.name(), form.password(), form.toProfile());
        if (outcome != InvitationService.AcceptOutcome.ACCEPTED) {
            return problem(outcome, model);
        }
        redirect.addFlashAttribute("notice", "invitation.accepted");
        return "redirect:/login";
    }

    private static String problem(InvitationService.AcceptOutcome outcome, Model model) {
        model.addAttribute("problem", switch (outcome) {
            case EXPIRED -> "invitation.expired";
            case ALREADY_USED -> "invitation.used";
            case EMAIL_TAKEN -> "invitation.emailTaken";
            case REVOKED -> "invitation.revoked";
            default -> "token.unknown";
        });
        return "identity/token-problem";
    }
}

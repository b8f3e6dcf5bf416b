package org.apirnet.identity.membership;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.apirnet.identity.accounts.AccountUserDetailsService;
import org.apirnet.identity.accounts.Forms;
import org.apirnet.identity.directory.ProfileReferences;
import org.apirnet.identity.signin.SignInOutcomes;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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
    private final AccountUserDetailsService users;
    private final SessionRegistry sessionRegistry;
    private final SignInOutcomes signInOutcomes;
    private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

    InvitationAcceptController(InvitationService invitations, ProfileReferences references, AccountUserDetailsService users,
                               SessionRegistry sessionRegistry, SignInOutcomes signInOutcomes) {
        this.invitations = invitations;
        this.references = references;
        this.users = users;
        this.sessionRegistry = sessionRegistry;
        this.signInOutcomes = signInOutcomes;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("countries", references.countries());
        model.addAttribute("outsideCountries", references.outsideCountries());
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
        String name = invitation.get().getDisplayName() == null ? "" : invitation.get().getDisplayName();
        model.addAttribute("form", new Forms.AcceptInvitationForm(token, name, "", "", "", "", List.of()));
        return "identity/invitation";
    }

    /** Accepting signs the new member in: they chose their password a second ago and need not type it again. */
    @PostMapping("/invitation")
    String accept(@Valid @ModelAttribute("form") Forms.AcceptInvitationForm form, BindingResult errors, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
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
        signIn(invitation.get().getEmail(), request, response);
        redirect.addFlashAttribute("notice", "invitation.accepted");
        return "redirect:/account";
    }

    private void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = users.loadUserByUsername(email);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // as a form sign-in does: no session id from before survives it
        }
        securityContexts.saveContext(context, request, response);
        sessionRegistry.registerNewSession(request.getSession().getId(), user); // so a suspension can end it
        signInOutcomes.startSession(request, response, authentication);
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

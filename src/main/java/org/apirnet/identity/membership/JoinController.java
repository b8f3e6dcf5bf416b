package org.apirnet.identity.membership;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.apirnet.identity.accounts.Account;
import org.apirnet.identity.accounts.FormRules;
import org.apirnet.identity.accounts.PortalUser;
import org.apirnet.identity.directory.ProfileReferences;
import org.apirnet.identity.signin.IdentityLimits;
import org.apirnet.platform.RateLimits;

import org.springframework.dao.DataIntegrityViolationException;
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
    private final RateLimits limits;

    JoinController(MembershipService membership, ProfileReferences references, RateLimits limits) {
        this.membership = membership;
        this.references = references;
        this.limits = limits;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("countries", references.countries());
        model.addAttribute("outsideCountries", references.outsideCountries());
        model.addAttribute("groups", references.constituencyGroups());
        model.addAttribute("themes", references.themes());
    }

    @GetMapping("/join")
    String form(Model model) {
        model.addAttribute("form", ApplicationForm.empty());
        return "identity/join";
    }

    /**
     * Every accepted application gets the same answer, whether the address is new, has an unconfirmed sign-up or
     * an account: what differs goes by mail to the address, which only its owner reads.
     */
    @PostMapping("/join")
    String apply(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors, HttpServletRequest request,
                 Model model, RedirectAttributes redirect) {
        references.check("country", form.country(), "constituencyGroup", form.constituencyGroup(), "themes", form.themes(), errors);
        if (errors.hasErrors()) {
            return "identity/join";
        }
        RateLimits.Verdict fromClient = limits.take(IdentityLimits.APPLICATIONS_FROM_CLIENT, request.getRemoteAddr());
        if (!fromClient.allowed()) {
            model.addAttribute("retryMinutes", fromClient.retryAfterMinutes());
            return "identity/join";
        }
        long started = System.nanoTime();
        try {
            membership.apply(form);
        } catch (DataIntegrityViolationException sameAddressAtTheSameMoment) {
            // Another application for this address committed first; it mailed the address, as this one would have.
        }
        answerNoSoonerThan(started, SAME_ANSWER_TIME);
        redirect.addFlashAttribute("email", Account.normalizeEmail(form.email()));
        return "redirect:/join/sent";
    }

    /**
     * Every accepted application is answered this long after it started: creating a sign-up writes more rows than
     * telling an existing account's owner, and the difference must not say which one happened. Well above both
     * (about 100 ms with the password hash); only accepted applications wait, at most ten an hour per client.
     */
    static final Duration SAME_ANSWER_TIME = Duration.ofMillis(400);

    private static void answerNoSoonerThan(long startedNanos, Duration floor) {
        long remaining = floor.toNanos() - (System.nanoTime() - startedNanos);
        if (remaining > 0) {
            try {
                Thread.sleep(Duration.ofNanos(remaining));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @GetMapping("/join/sent")
    String sent() {
        return "identity/join-sent";
    }

    /** Shows a form rather than confirming on GET: mail scanners that open links must not confirm for people. */
    @GetMapping("/join/confirm")
    String confirmPage(@RequestParam(name = "token", required = false) String token, @AuthenticationPrincipal PortalUser user,
                       Model model) {
        MembershipService.TokenOutcome outcome = membership.checkConfirmationToken(token);
        if (outcome != MembershipService.TokenOutcome.CONFIRMED) {
            return TokenProblemPage.render(outcome, model);
        }
        model.addAttribute("token", token);
        model.addAttribute("askPassword", user == null);
        return "identity/confirm";
    }

    /** Confirms, then shows the account page to someone signed in, or the sign-in page (with the news) to anyone else. */
    @PostMapping("/join/confirm")
    String confirm(@RequestParam(name = "token", required = false) String token,
                   @RequestParam(name = "password", required = false) String password,
                   @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        String candidate = password == null || password.length() > FormRules.MAX_PASSWORD ? null : password;
        MembershipService.TokenOutcome outcome = membership.confirmEmail(token, candidate,
                user == null ? null : user.getAccountId());
        if (outcome == MembershipService.TokenOutcome.WRONG_PASSWORD) {
            model.addAttribute("token", token);
            model.addAttribute("askPassword", true);
            model.addAttribute("wrongPassword", password != null && !password.isEmpty());
            model.addAttribute("missingPassword", password == null || password.isEmpty());
            return "identity/confirm";
        }
        if (outcome != MembershipService.TokenOutcome.CONFIRMED) {
            return TokenProblemPage.render(outcome, model);
        }
        redirect.addFlashAttribute("notice", "join.confirmed");
        return user == null ? "redirect:/login" : "redirect:/account";
    }

    /** The owner of the address did not make this sign-up: it goes, and the address is free for them. */
    @PostMapping("/join/confirm/discard")
    String discard(@RequestParam(name = "token", required = false) String token, Model model) {
        MembershipService.TokenOutcome outcome = membership.discardSignUp(token);
        if (outcome != MembershipService.TokenOutcome.CONFIRMED) {
            return TokenProblemPage.render(outcome, model);
        }
        return "identity/sign-up-discarded";
    }
}

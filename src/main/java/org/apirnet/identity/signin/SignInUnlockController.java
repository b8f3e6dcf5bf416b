package org.apirnet.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.apirnet.identity.accounts.AccountService;
import org.apirnet.identity.accounts.Forms;
import org.apirnet.identity.membership.MembershipService;
import org.apirnet.identity.membership.TokenProblemPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * When someone's wrong guesses have slowed down sign-in to an account, its owner asks for a link by mail; following
 * it makes their browser one the account knows, which signs in at once. Asked for like a reset link: the same
 * answer whatever the address, mail sent after the page answers.
 */
@Controller
class SignInUnlockController {

    private static final LinkRequests.Page UNLOCK = new LinkRequests.Page("unlock.title", "unlock.intro", "/login/unlock",
            "unlock.submit");

    private final AccountService accounts;
    private final LinkRequests linkRequests;
    private final SignInDevices devices;

    SignInUnlockController(AccountService accounts, LinkRequests linkRequests, SignInDevices devices) {
        this.accounts = accounts;
        this.linkRequests = linkRequests;
        this.devices = devices;
    }

    @GetMapping("/login/unlock")
    String form(@RequestParam(name = "email", required = false) String email, Model model) {
        String prefill = email == null || email.length() > 254 ? "" : email.strip();
        return linkRequests.show(UNLOCK, new Forms.ForgotPasswordForm(prefill), model);
    }

    @PostMapping("/login/unlock")
    String request(@Valid @ModelAttribute("form") Forms.ForgotPasswordForm form, BindingResult errors, HttpServletRequest request,
                   Model model, RedirectAttributes redirect) {
        return linkRequests.request(UNLOCK, form, errors, request, model, redirect, "send a sign-in unlock link",
                accounts::requestSignInUnlock, "unlock.sent");
    }

    /** A button, not an action on GET: mail scanners open links. */
    @GetMapping("/login/unlock/confirm")
    String confirmPage(@RequestParam(name = "token", required = false) String token, Model model) {
        MembershipService.TokenOutcome outcome = accounts.checkUnlockToken(token);
        if (outcome != MembershipService.TokenOutcome.CONFIRMED) {
            return TokenProblemPage.render(outcome, model);
        }
        model.addAttribute("token", token);
        return "identity/unlock-confirm";
    }

    @PostMapping("/login/unlock/confirm")
    String confirm(@RequestParam(name = "token", required = false) String token, HttpServletRequest request,
                   HttpServletResponse response, HttpSession session, Model model, RedirectAttributes redirect) {
        AccountService.LinkUse use = accounts.unlockSignIn(token);
        if (use.outcome() != MembershipService.TokenOutcome.CONFIRMED) {
            return TokenProblemPage.render(use.outcome(), model);
        }
        devices.remember(use.accountId(), request, response);
        accounts.find(use.accountId()).ifPresent(account -> session.setAttribute(SignInOutcomes.LAST_USERNAME, account.getEmail()));
        redirect.addFlashAttribute("notice", "unlock.done");
        return "redirect:/login";
    }
}

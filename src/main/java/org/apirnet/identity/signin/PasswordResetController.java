package org.apirnet.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * Forgotten passwords. The same answer, as fast, whether or not the address has an account: the lookup and the
 * mail happen after the page has answered.
 */
@Controller
class PasswordResetController {

    private static final LinkRequests.Page FORGOT = new LinkRequests.Page("forgot.title", "forgot.intro", "/login/forgot",
            "forgot.submit");

    private final AccountService accounts;
    private final LinkRequests linkRequests;
    private final SignInDevices devices;

    PasswordResetController(AccountService accounts, LinkRequests linkRequests, SignInDevices devices) {
        this.accounts = accounts;
        this.linkRequests = linkRequests;
        this.devices = devices;
    }

    @GetMapping("/login/forgot")
    String forgotForm(Model model) {
        return linkRequests.show(FORGOT, new Forms.ForgotPasswordForm(""), model);
    }

    @PostMapping("/login/forgot")
    String forgot(@Valid @ModelAttribute("form") Forms.ForgotPasswordForm form, BindingResult errors, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        return linkRequests.request(FORGOT, form, errors, request, model, redirect, "send a password reset link",
                accounts::requestPasswordReset, "forgot.sent");
    }

    @GetMapping("/login/reset")
    String resetForm(@RequestParam(name = "token", required = false) String token, Model model) {
        MembershipService.TokenOutcome outcome = accounts.checkResetToken(token);
        if (outcome != MembershipService.TokenOutcome.CONFIRMED) {
            return TokenProblemPage.render(outcome, model);
        }
        model.addAttribute("form", new Forms.ResetPasswordForm(token, ""));
        return "identity/reset";
    }

    /** A new password also makes this browser the one the account knows: whoever else was guessing is left behind. */
    @PostMapping("/login/reset")
    String reset(@Valid @ModelAttribute("form") Forms.ResetPasswordForm form, BindingResult errors, Model model,
                 HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasFieldErrors("token")) {
            return TokenProblemPage.render(MembershipService.TokenOutcome.UNKNOWN, model);
        }
        if (errors.hasErrors()) {
            return "identity/reset";
        }
        AccountService.LinkUse use = accounts.resetPassword(form.token(), form.password());
        if (use.outcome() != MembershipService.TokenOutcome.CONFIRMED) {
            return TokenProblemPage.render(use.outcome(), model);
        }
        devices.remember(use.accountId(), request, response);
        redirect.addFlashAttribute("notice", "reset.done");
        return "redirect:/login";
    }
}

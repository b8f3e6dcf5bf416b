package org.apirnet.identity;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgotten passwords. The same answer whether or not the address has an account. */
@Controller
class PasswordResetController {

    private final AccountService accounts;

    PasswordResetController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login/forgot")
    String forgotForm(Model model) {
        model.addAttribute("form", new Forms.ForgotPasswordForm(""));
        return "identity/forgot";
    }

    @PostMapping("/login/forgot")
    String forgot(@Valid @ModelAttribute("form") Forms.ForgotPasswordForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "identity/forgot";
        }
        accounts.requestPasswordReset(form.email());
        redirect.addFlashAttribute("notice", "forgot.sent");
        return "redirect:/login";
    }

    @GetMapping("/login/reset")
    String resetForm(@RequestParam(name = "token", required = false) String token, Model model) {
        MembershipService.TokenOutcome outcome = accounts.checkResetToken(token);
        if (outcome != MembershipService.TokenOutcome.CONFIRMED) {
            return JoinController.tokenProblem(outcome, model);
        }
        model.addAttribute("form", new Forms.ResetPasswordForm(token, ""));
        return "identity/reset";
    }

    @PostMapping("/login/reset")
    String reset(@Valid @ModelAttribute("form") Forms.ResetPasswordForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        if (errors.hasFieldErrors("token")) {
            return JoinController.tokenProblem(MembershipService.TokenOutcome.UNKNOWN, model);
        }
        if (errors.hasErrors()) {
            return "identity/reset";
        }
        MembershipService.TokenOutcome outcome = accounts.resetPassword(form.token(), form.password());
        if (outcome != MembershipService.TokenOutcome.CONFIRMED) {
            return JoinController.tokenProblem(outcome, model);
        }
        redirect.addFlashAttribute("notice", "reset.done");
        return "redirect:/login";
    }
}

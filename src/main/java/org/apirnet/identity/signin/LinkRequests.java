package org.apirnet.identity.signin;

import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import org.apirnet.identity.accounts.Forms;
import org.apirnet.platform.RateLimits;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asking for a link by mail (a password reset, a sign-in unlock): one page and one set of steps. The answer is the
 * same whether or not the address has an account, and it comes before the lookup: the link is sent after the page
 * has answered, so the time taken tells nothing either.
 */
@Component
class LinkRequests {

    static final String VIEW = "identity/link-request";

    /** What differs between the kinds of link: the page's words (message keys) and where its form posts. */
    record Page(String titleKey, String introKey, String action, String submitKey) {
    }

    private final AfterResponse afterResponse;
    private final RateLimits limits;

    LinkRequests(AfterResponse afterResponse, RateLimits limits) {
        this.afterResponse = afterResponse;
        this.limits = limits;
    }

    String show(Page page, Forms.ForgotPasswordForm form, Model model) {
        model.addAttribute("linkPage", page);
        model.addAttribute("form", form);
        return VIEW;
    }

    /** Validates, limits per client address, hands the sending to {@link AfterResponse}, answers with the notice. */
    String request(Page page, Forms.ForgotPasswordForm form, BindingResult errors, HttpServletRequest request, Model model,
                   RedirectAttributes redirect, String what, Consumer<String> send, String sentNotice) {
        model.addAttribute("linkPage", page);
        if (errors.hasErrors()) {
            return VIEW;
        }
        RateLimits.Verdict fromClient = limits.take(IdentityLimits.LINK_REQUESTS_FROM_CLIENT, request.getRemoteAddr());
        if (!fromClient.allowed()) {
            model.addAttribute("retryMinutes", fromClient.retryAfterMinutes());
            return VIEW;
        }
        String email = form.email();
        afterResponse.run(what, () -> send.accept(email));
        redirect.addFlashAttribute("notice", sentNotice);
        return "redirect:/login";
    }
}

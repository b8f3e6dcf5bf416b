package org.apirnet.identity.signin;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Spring Security processes the POST to {@code /login}; this only renders the form. */
@Controller
class LoginController {

    /** Where Spring Security keeps the page someone was sent away from to sign in. */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object lastUsername = session.getAttribute(SignInOutcomes.LAST_USERNAME);
        session.removeAttribute(SignInOutcomes.LAST_USERNAME);
        Object retryMinutes = session.getAttribute(SignInOutcomes.RETRY_MINUTES);
        session.removeAttribute(SignInOutcomes.RETRY_MINUTES);
        model.addAttribute("username", lastUsername == null ? "" : lastUsername);
        model.addAttribute("signInRequired", session.getAttribute(SAVED_REQUEST) != null);
        model.addAttribute("retryMinutes", retryMinutes == null ? 1L : retryMinutes);
        return "identity/login";
    }
}

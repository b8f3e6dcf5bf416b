package org.apirnet.identity;

import jakarta.servlet.http.HttpSession;
import org.apirnet.web.LoginFailureHandler;
import org.apirnet.web.LoginThrottle;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Spring Security processes the POST to {@code /login}; this only renders the form. */
@Controller
class LoginController {

    /** Where Spring Security keeps the page someone was sent away from to sign in. */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final LoginThrottle throttle;

    LoginController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object lastUsername = session.getAttribute(LoginFailureHandler.LAST_USERNAME);
        session.removeAttribute(LoginFailureHandler.LAST_USERNAME);
        model.addAttribute("username", lastUsername == null ? "" : lastUsername);
        model.addAttribute("signInRequired", session.getAttribute(SAVED_REQUEST) != null);
        model.addAttribute("lockMinutes", throttle.lockMinutes());
        return "identity/login";
    }
}

package org.apirnet.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * After a failed sign-in: counts the failure for throttling and shows the form again with the e-mail address the
 * person typed (never the password). The address travels in the session for exactly one rendering of the form.
 */
public final class LoginFailureHandler implements AuthenticationFailureHandler {

    public static final String LAST_USERNAME = "apirnet.lastUsername";
    private static final int MAX_KEPT_LENGTH = 254;

    private final LoginThrottle throttle;

    LoginFailureHandler(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        throttle.recordFailure(username, request.getRemoteAddr());
        rememberUsername(request, username);
        String target = throttle.isLocked(username, request.getRemoteAddr()) ? "/login?locked" : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }

    static void rememberUsername(HttpServletRequest request, String username) {
        if (username != null) {
            String kept = username.length() > MAX_KEPT_LENGTH ? username.substring(0, MAX_KEPT_LENGTH) : username;
            request.getSession().setAttribute(LAST_USERNAME, kept);
        }
    }
}

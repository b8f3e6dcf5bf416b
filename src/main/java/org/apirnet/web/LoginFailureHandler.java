package org.apirnet.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * After a failed sign-in, shows the form again with the e-mail address the person typed (never the password).
 * The address travels in the session for exactly one rendering of the login page.
 */
public final class LoginFailureHandler implements AuthenticationFailureHandler {

    public static final String LAST_USERNAME = "apirnet.lastUsername";
    private static final int MAX_KEPT_LENGTH = 254;

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        if (username != null) {
            String kept = username.length() > MAX_KEPT_LENGTH ? username.substring(0, MAX_KEPT_LENGTH) : username;
            request.getSession().setAttribute(LAST_USERNAME, kept);
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}

package org.apirnet.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * After a failed sign-in, shows the form again with the e-mail address the person typed (never the password), and
 * says when sign-in was refused because of too many attempts. The address travels in the session for exactly one
 * rendering of the form.
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
        boolean throttled = exception instanceof ThrottledAuthenticationProvider.ThrottledException;
        response.sendRedirect(request.getContextPath() + (throttled ? "/login?locked" : "/login?error"));
    }
}

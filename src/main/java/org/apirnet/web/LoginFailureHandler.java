package org.apirnet.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apirnet.platform.DatabaseAvailability;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * After a failed sign-in, shows the form again with the e-mail address the person typed (never the password), and
 * says when sign-in was refused because of too many attempts or because the accounts could not be read at all. The address travels in the session for exactly one
 * rendering of the form.
 */
public final class LoginFailureHandler implements AuthenticationFailureHandler {

    public static final String LAST_USERNAME = "apirnet.lastUsername";
    private static final int MAX_KEPT_LENGTH = 254;

    private final DatabaseAvailability database;

    public LoginFailureHandler(DatabaseAvailability database) {
        this.database = database;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        if (username != null) {
            String kept = username.length() > MAX_KEPT_LENGTH ? username.substring(0, MAX_KEPT_LENGTH) : username;
            request.getSession().setAttribute(LAST_USERNAME, kept);
        }
        String outcome;
        if (exception instanceof ThrottledAuthenticationProvider.ThrottledException) {
            outcome = "locked";
        } else if (exception instanceof org.springframework.security.authentication.InternalAuthenticationServiceException
                && database.explains(exception)) {
            outcome = "unavailable"; // not the person's password: telling them so would send them to reset it
        } else {
            outcome = "error";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + outcome);
    }
}

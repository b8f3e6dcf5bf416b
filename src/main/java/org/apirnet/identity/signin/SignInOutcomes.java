package org.apirnet.identity.signin;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apirnet.identity.MemberVisits;
import org.apirnet.identity.accounts.PortalUser;
import org.apirnet.identity.accounts.Role;
import org.apirnet.platform.DatabaseAvailability;
import org.apirnet.web.SessionLifetime;
import org.apirnet.web.SignInHandlers;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * What follows a sign-in attempt. After success the browser becomes known to the account (its own sign-in bucket
 * from now on) and goes back to the page it came from, by path only: a redirect never carries the Host header a
 * request arrived with. After failure the form shows again with the address typed (never the password) and why.
 */
@Component
public class SignInOutcomes implements SignInHandlers {

    static final String LAST_USERNAME = "apirnet.lastUsername";
    static final String RETRY_MINUTES = "apirnet.signInRetryMinutes";
    private static final int MAX_KEPT_LENGTH = 254;

    private final SignInDevices devices;
    private final DatabaseAvailability database;
    private final MemberVisits visits;
    private final RequestCache savedRequests = new HttpSessionRequestCache();

    SignInOutcomes(SignInDevices devices, DatabaseAvailability database, MemberVisits visits) {
        this.devices = devices;
        this.database = database;
        this.visits = visits;
    }

    @Override
    public AuthenticationDetailsSource<HttpServletRequest, ?> detailsSource() {
        return new SignInDetails.Source();
    }

    @Override
    public AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler backToThePage = new SavedRequestAwareAuthenticationSuccessHandler();
        backToThePage.setRedirectStrategy(new PathOnlyRedirects());
        return (request, response, authentication) -> {
            startSession(request, response, authentication);
            if (isMember(authentication)) {
                backToThePage.onAuthenticationSuccess(request, response, authentication);
            } else {
                // An applicant can use nothing but the page saying where their application stands.
                savedRequests.removeRequest(request, response);
                response.sendRedirect(request.getContextPath() + "/account");
            }
        };
    }

    /**
     * What every sign-in starts, by the form or on accepting an invitation: the session's clock, a known browser and a
     * visit.
     */
    public void startSession(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        request.getSession().setAttribute(SessionLifetime.SIGNED_IN_AT, System.currentTimeMillis());
        rememberBrowser(request, response, authentication);
        if (authentication.getPrincipal() instanceof PortalUser user) {
            visits.begin(user.getAccountId(), request.getSession());
        }
    }

    private static boolean isMember(Authentication authentication) {
        return Role.includesMembership(authentication.getAuthorities());
    }

    private void rememberBrowser(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication.getPrincipal() instanceof PortalUser user) {
            devices.remember(user.getAccountId(), request, response);
        }
    }

    @Override
    public AuthenticationFailureHandler failureHandler() {
        return this::onFailure;
    }

    private void onFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String username = request.getParameter("username");
        if (username != null) {
            String kept = username.length() > MAX_KEPT_LENGTH ? username.substring(0, MAX_KEPT_LENGTH) : username;
            request.getSession().setAttribute(LAST_USERNAME, kept);
        }
        String outcome;
        if (exception instanceof ThrottledAuthenticationProvider.ThrottledException throttled) {
            request.getSession().setAttribute(RETRY_MINUTES, throttled.retryAfterMinutes());
            outcome = throttled.scope() == ThrottledAuthenticationProvider.ThrottledException.Scope.ACCOUNT ? "locked" : "busy";
        } else if (exception instanceof InternalAuthenticationServiceException && database.explains(exception)) {
            outcome = "unavailable"; // not the person's password: telling them so would send them to reset it
        } else {
            outcome = "error";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + outcome);
    }

    /** Redirects to the path and query of a URL only, whatever host it names. */
    static final class PathOnlyRedirects extends DefaultRedirectStrategy {
        @Override
        public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
            super.sendRedirect(request, response, pathOnly(url));
        }

        static String pathOnly(String url) {
            try {
                URI uri = URI.create(url);
                if (!uri.isAbsolute() && uri.getRawAuthority() == null) {
                    return url;
                }
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            } catch (IllegalArgumentException e) {
                return "/";
            }
        }
    }
}

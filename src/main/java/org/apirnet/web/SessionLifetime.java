package org.apirnet.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in session ends a fixed time after sign-in however busy it is (the idle timeout ends quiet ones sooner),
 * so a session cookie that leaked stops working by itself. Runs before the security filters: an ended session
 * is gone before anyone reads who it belonged to.
 */
public class SessionLifetime extends OncePerRequestFilter {

    /** Set at sign-in: the epoch millisecond the session's sign-in happened. */
    public static final String SIGNED_IN_AT = "apirnet.signedInAt";

    /** @param absoluteLifetime how long a signed-in session lasts at most */
    @ConfigurationProperties("apirnet.session")
    public record Settings(@DefaultValue("12h") Duration absoluteLifetime) {
    }

    private final Duration lifetime;

    SessionLifetime(Settings settings) {
        this.lifetime = settings.absoluteLifetime();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                if (session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt
                        && System.currentTimeMillis() - signedInAt > lifetime.toMillis()) {
                    session.invalidate();
                    if ("GET".equals(request.getMethod())) {
                        response.sendRedirect(request.getContextPath() + "/login?expired");
                        return;
                    }
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // ended meanwhile: nothing left to end
            }
        }
        chain.doFilter(request, response);
    }
}

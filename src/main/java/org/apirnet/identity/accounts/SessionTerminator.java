package org.apirnet.identity.accounts;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account at once (suspension, role removal, deletion, password change): the session
 * registry marks them expired and the next request from any of them is signed out.
 */
@Component
class SessionTerminator {

    private final SessionRegistry sessionRegistry;

    SessionTerminator(SessionRegistry sessionRegistry) {
        this.sessionRegistry = sessionRegistry;
    }

    void endAllSessionsOf(String email) {
        endSessionsOf(email, null);
    }

    /** Ends the account's sessions except the one the person is using right now. */
    void endOtherSessionsOf(String email, String currentSessionId) {
        endSessionsOf(email, currentSessionId);
    }

    private void endSessionsOf(String email, String keptSessionId) {
        for (Object principal : sessionRegistry.getAllPrincipals()) {
            if (principal instanceof PortalUser user && user.getUsername().equals(email)) {
                sessionRegistry.getAllSessions(principal, false).stream()
                        .filter(session -> !session.getSessionId().equals(keptSessionId))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }
}

package org.apirnet.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with throttling built into authentication itself, so no path or encoding of the login URL can
 * avoid it. Every attempt is counted before the password is checked (parallel guesses cannot slip through between
 * check and count); a correct password then clears the account's count, but not while the account or address is
 * locked: locked means refused, whatever the password.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Why sign-in was refused without looking at the password; an account-status failure, so no other provider is tried. */
    static class ThrottledException extends LockedException {
        ThrottledException() {
            super("Too many failed sign-in attempts");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (!throttle.tryAttempt(username, address)) {
            throw new ThrottledException();
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (InternalAuthenticationServiceException e) {
            throttle.giveBack(username, address); // the database failed, not the password
            throw e;
        }
        throttle.recordSuccess(username, address);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}

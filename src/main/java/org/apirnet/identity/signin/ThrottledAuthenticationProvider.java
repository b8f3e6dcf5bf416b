package org.apirnet.identity.signin;

import java.time.Duration;
import java.util.Locale;

import org.apirnet.platform.RateLimits;
import org.apirnet.platform.RateLimits.Limit;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with its limits built into authentication itself, so no path or encoding of the login URL can
 * avoid them. Every attempt is taken from the buckets before the password is checked (parallel guesses cannot slip
 * through between check and count), from the client address's bucket and from the account's: the account's own
 * progressive bucket for unknown browsers, or the browser's bucket when the account knows it. A correct password
 * gives the attempts back. Nothing locks the owner out: their own browser has its own bucket, and an unlock link
 * or a password reset makes a new browser known.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_KEY_LENGTH = 254;

    /** Why sign-in was refused without looking at the password; an account-status failure, so no other provider is tried. */
    static class ThrottledException extends LockedException {

        enum Scope { ACCOUNT, CLIENT }

        private final Scope scope;
        private final transient Duration retryAfter;

        ThrottledException(Scope scope, Duration retryAfter) {
            super("Too many failed sign-in attempts");
            this.scope = scope;
            this.retryAfter = retryAfter;
        }

        Scope scope() {
            return scope;
        }

        long retryAfterMinutes() {
            return new RateLimits.Verdict(false, retryAfter).retryAfterMinutes();
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final RateLimits limits;
    private final SignInDevices devices;

    public ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, RateLimits limits, SignInDevices devices) {
        this.passwords = passwords;
        this.limits = limits;
        this.devices = devices;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = key(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        String device = authentication.getDetails() instanceof SignInDetails details ? details.deviceToken() : null;
        Limit accountLimit;
        String accountKey;
        try {
            boolean knownBrowser = devices.knows(device, email);
            accountLimit = knownBrowser ? IdentityLimits.SIGN_IN_DEVICE : IdentityLimits.SIGN_IN_ACCOUNT;
            accountKey = knownBrowser ? device : email;
            RateLimits.Verdict fromClient = limits.take(IdentityLimits.SIGN_IN_CLIENT, address);
            if (!fromClient.allowed()) {
                throw new ThrottledException(ThrottledException.Scope.CLIENT, fromClient.retryAfter());
            }
            RateLimits.Verdict forAccount = limits.take(accountLimit, accountKey);
            if (!forAccount.allowed()) {
                limits.giveBack(IdentityLimits.SIGN_IN_CLIENT, address);
                throw new ThrottledException(ThrottledException.Scope.ACCOUNT, forAccount.retryAfter());
            }
        } catch (RuntimeException e) {
            if (e instanceof AuthenticationException authenticationFailure) {
                throw authenticationFailure;
            }
            throw new InternalAuthenticationServiceException("Sign-in limits could not be read", e);
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (InternalAuthenticationServiceException e) {
            giveBackQuietly(accountLimit, accountKey, address); // the database failed, not the password
            throw e;
        }
        limits.giveBack(IdentityLimits.SIGN_IN_CLIENT, address);
        limits.forget(accountLimit, accountKey);
        return result;
    }

    private void giveBackQuietly(Limit accountLimit, String accountKey, String address) {
        try {
            limits.giveBack(accountLimit, accountKey);
            limits.giveBack(IdentityLimits.SIGN_IN_CLIENT, address);
        } catch (RuntimeException ignored) {
            // The database is gone: the attempts stay counted, which only errs on the safe side.
        }
    }

    private static String key(String username) {
        if (username == null) {
            return "";
        }
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}

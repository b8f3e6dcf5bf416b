package org.apirnet.identity.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apirnet.identity.accounts.Account;
import org.apirnet.identity.accounts.Tokens;

import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Browsers an account knows: one that signed in to it, or in which its owner followed an unlock link. Sign-in from
 * a known browser is limited on its own ({@link IdentityLimits#SIGN_IN_DEVICE}), so somebody guessing an account's
 * password elsewhere slows down only their own guesses, never the owner's sign-in.
 */
@Component
public class SignInDevices {

    static final String COOKIE = "apirnet_device";
    static final Duration LIFETIME = Duration.ofDays(90);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignInDevices(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The device token this browser sent, if it looks like one. */
    static String tokenFrom(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && Tokens.looksLikeToken(cookie.getValue())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** Whether this device token was issued for the account with this address and is still valid. */
    boolean knows(String token, String email) {
        if (token == null || email == null) {
            return false;
        }
        Boolean known = jdbc.queryForObject("""
                select exists (select 1 from sign_in_device d join account a on a.id = d.account_id
                               where d.token_hash = ? and a.email = ? and d.expires_at > ?)""",
                Boolean.class, Tokens.hash(token), Account.normalizeEmail(email), Timestamp.from(clock.instant()));
        return Boolean.TRUE.equals(known);
    }

    /** Makes this browser known to the account (unless it already is) by giving it a new device cookie. */
    void remember(long accountId, HttpServletRequest request, HttpServletResponse response) {
        String current = tokenFrom(request);
        if (current != null && belongsTo(current, accountId)) {
            return;
        }
        String token = Tokens.newToken();
        Instant now = clock.instant();
        jdbc.update("insert into sign_in_device (token_hash, account_id, created_at, expires_at) values (?, ?, ?, ?)",
                Tokens.hash(token), accountId, Timestamp.from(now), Timestamp.from(now.plus(LIFETIME)));
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, token)
                .path(request.getContextPath() + "/login").maxAge(LIFETIME).httpOnly(true).secure(request.isSecure())
                .sameSite("Strict").build().toString());
    }

    /** After a password reset the account starts again: no browser known to it before is trusted any more. */
    public void forgetAll(long accountId) {
        jdbc.update("delete from sign_in_device where account_id = ?", accountId);
    }

    private boolean belongsTo(String token, long accountId) {
        Integer found = jdbc.queryForObject("select count(*) from sign_in_device where token_hash = ? and account_id = ? and expires_at > ?",
                Integer.class, Tokens.hash(token), accountId, Timestamp.from(clock.instant()));
        return found != null && found > 0;
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    void removeExpired() {
        jdbc.update("delete from sign_in_device where expires_at < ?", Timestamp.from(clock.instant()));
    }
}

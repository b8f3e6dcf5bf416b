package org.apirnet.identity.signin;

import java.time.Duration;

import org.apirnet.platform.RateLimits.Limit;
import org.apirnet.platform.RateLimits.Window;

/**
 * How often the identity module lets anyone make it send mail or check a password. Several windows make a limit
 * progressive: after the first few tries each further one waits longer.
 */
public final class IdentityLimits {

    /**
     * Mail to one address that someone else can trigger, counted per kind of mail ({@link #mailKey}): flooding
     * /join with somebody's address must not hold back the reset or unlock link they ask for. A link that was not
     * sent again leaves the last one sent working.
     */
    public static final Limit MAIL_TO_ADDRESS = Limit.of("mail-to",
            new Window(3, Duration.ofMinutes(30)), new Window(10, Duration.ofDays(1)));

    /** The key of {@link #MAIL_TO_ADDRESS} for one kind of mail to one address. */
    public static String mailKey(String kind, String email) {
        return kind + " " + email;
    }

    /** Applications from one client address: an office can apply together, nobody can mail the world through us. */
    public static final Limit APPLICATIONS_FROM_CLIENT = Limit.of("join-from",
            new Window(10, Duration.ofHours(1)), new Window(50, Duration.ofDays(1)));

    /** Requests for reset or unlock links from one client address. */
    static final Limit LINK_REQUESTS_FROM_CLIENT = Limit.of("links-from",
            new Window(10, Duration.ofHours(1)), new Window(50, Duration.ofDays(1)));

    /**
     * Failed passwords for one account from browsers it does not know: five close together, then one a minute, one
     * every six minutes after ten, one every 48 minutes after thirty.
     */
    public static final Limit SIGN_IN_ACCOUNT = Limit.of("signin-account",
            new Window(5, Duration.ofMinutes(5)), new Window(10, Duration.ofHours(1)), new Window(30, Duration.ofDays(1)));

    /** Failed passwords from a browser the account knows (it signed in there before, or its owner unlocked it). */
    static final Limit SIGN_IN_DEVICE = Limit.of("signin-device",
            new Window(10, Duration.ofMinutes(15)));

    /** Failed passwords from one client address, whatever the account. */
    static final Limit SIGN_IN_CLIENT = Limit.of("signin-from",
            new Window(30, Duration.ofMinutes(15)), new Window(200, Duration.ofDays(1)));

    private IdentityLimits() {
    }
}

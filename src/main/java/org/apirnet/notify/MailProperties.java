package org.apirnet.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of outgoing mail ({@code apirnet.mail.*}). The SMTP server itself is Spring Boot's {@code spring.mail.*};
 * without {@code spring.mail.host} nothing is sent and mail is kept in the admin mail log.
 *
 * @param from          the sender of every mail, an RFC 5322 address with an optional display name
 * @param retryInterval how often the sender looks for mail whose retry has come due (read by the sweep's
 *                      {@code @Scheduled} placeholder; bound here so a bad value fails at start)
 * @param retry         when a mail that could not be sent is tried again, and when it is given up on
 * @param claimTimeout  how long a sender may hold a mail before another may take it over: longer than the SMTP
 *                      timeouts of one attempt, so only a sender that died leaves a claim to expire
 */
@ConfigurationProperties("apirnet.mail")
record MailProperties(@DefaultValue("AP-IRNet <no-reply@apirnet.org>") String from,
                      @DefaultValue("PT5S") Duration retryInterval,
                      @DefaultValue Retry retry,
                      @DefaultValue("PT2M") Duration claimTimeout) {

    MailProperties {
        requirePositive(retryInterval, "apirnet.mail.retry-interval");
        requirePositive(claimTimeout, "apirnet.mail.claim-timeout");
    }

    /**
     * The back-off after a failed attempt: {@code firstDelay}, then each delay {@code factor} times the last, never
     * more than {@code maxDelay}. A mail whose attempt fails once it is {@code giveUpAfter} old is given up on.
     * The defaults ride out a mail server restart within seconds and a bad day within the quarter hour; a
     * password-reset link (valid one hour) is never held back by more than {@code maxDelay}.
     */
    record Retry(@DefaultValue("PT10S") Duration firstDelay,
                 @DefaultValue("2") double factor,
                 @DefaultValue("PT15M") Duration maxDelay,
                 @DefaultValue("P1D") Duration giveUpAfter) {

        Retry {
            requirePositive(firstDelay, "apirnet.mail.retry.first-delay");
            requirePositive(maxDelay, "apirnet.mail.retry.max-delay");
            requirePositive(giveUpAfter, "apirnet.mail.retry.give-up-after");
            if (!(factor >= 1) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("apirnet.mail.retry.factor must be 1 or more, not " + factor);
            }
            if (maxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("apirnet.mail.retry.max-delay (" + maxDelay
                        + ") must not be shorter than apirnet.mail.retry.first-delay (" + firstDelay + ")");
            }
        }

        /** How long to wait after the n-th failed attempt (n ≥ 1). */
        Duration delayAfter(int failedAttempts) {
            double seconds = firstDelay.toMillis() / 1000.0 * Math.pow(factor, Math.max(0, failedAttempts - 1));
            double capped = Math.min(seconds, maxDelay.toMillis() / 1000.0);
            return Duration.ofMillis(Math.round(capped * 1000));
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, not " + duration);
        }
    }
}

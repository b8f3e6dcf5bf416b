package org.apirnet.web;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after too many failures for one account, or from one address, sign-in is refused for a
 * while, whatever password is offered (a correct one included). Counts live in memory; with several portal instances
 * each counts on its own, which still bounds guessing per instance.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final Cache<String, AtomicInteger> accountFailures = newCounter();
    private final Cache<String, AtomicInteger> addressFailures = newCounter();

    private static Cache<String, AtomicInteger> newCounter() {
        // A failure restarts the window: the lock lifts LOCK_DURATION after the last failed attempt.
        return Caffeine.newBuilder().expireAfterWrite(LOCK_DURATION).maximumSize(100_000).build();
    }

    public boolean isLocked(String username, String address) {
        return count(accountFailures, key(username)) >= MAX_FAILURES_PER_ACCOUNT
                || count(addressFailures, address) >= MAX_FAILURES_PER_ADDRESS;
    }

    public void recordFailure(String username, String address) {
        increment(accountFailures, key(username));
        increment(addressFailures, address);
    }

    /** A successful sign-in clears the account's count; the address's count stays (one known password must not reset it). */
    public void recordSuccess(String username) {
        accountFailures.invalidate(key(username));
    }

    public long lockMinutes() {
        return LOCK_DURATION.toMinutes();
    }

    private static void increment(Cache<String, AtomicInteger> counter, String key) {
        if (key == null) {
            return;
        }
        AtomicInteger count = counter.get(key, ignored -> new AtomicInteger());
        count.incrementAndGet();
        counter.put(key, count); // re-put so that expireAfterWrite counts from this failure
    }

    private static int count(Cache<String, AtomicInteger> counter, String key) {
        if (key == null) {
            return 0;
        }
        AtomicInteger count = counter.getIfPresent(key);
        return count == null ? 0 : count.get();
    }

    private static String key(String username) {
        return username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    /** For tests: forget every count. */
    public void reset() {
        accountFailures.invalidateAll();
        addressFailures.invalidateAll();
    }
}

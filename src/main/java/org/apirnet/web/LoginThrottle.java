package org.apirnet.web;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after too many attempts that did not succeed, for one account or from one address,
 * sign-in is refused for a while. Counts live in memory; with several portal instances each counts on its own,
 * which still bounds guessing per instance. Behind a proxy, set {@code server.forward-headers-strategy} so the
 * address is the client's, not the proxy's.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final int MAX_KEY_LENGTH = 254;

    private final Cache<String, AtomicInteger> accountAttempts = newCounter();
    private final Cache<String, AtomicInteger> addressAttempts = newCounter();

    private static Cache<String, AtomicInteger> newCounter() {
        // An attempt restarts the window: the lock lifts LOCK_DURATION after the last failed attempt.
        return Caffeine.newBuilder().expireAfterWrite(LOCK_DURATION).maximumSize(100_000).build();
    }

    /**
     * Counts an attempt and says whether it may go ahead. Counting first, atomically, means parallel attempts each
     * use up one of the allowed tries.
     */
    boolean tryAttempt(String username, String address) {
        if (isLocked(username, address)) {
            return false;
        }
        int forAccount = increment(accountAttempts, key(username));
        int forAddress = increment(addressAttempts, address);
        return forAccount <= MAX_FAILURES_PER_ACCOUNT && forAddress <= MAX_FAILURES_PER_ADDRESS;
    }

    public boolean isLocked(String username, String address) {
        return count(accountAttempts, key(username)) >= MAX_FAILURES_PER_ACCOUNT
                || count(addressAttempts, address) >= MAX_FAILURES_PER_ADDRESS;
    }

    /**
     * A successful sign-in clears the account's count and takes its own attempt back from the address's count, so an
     * office behind one address is never locked by people who type their passwords right.
     */
    void recordSuccess(String username, String address) {
        String account = key(username);
        if (account != null) {
            accountAttempts.invalidate(account);
        }
        if (address != null) {
            addressAttempts.asMap().computeIfPresent(address, (k, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    /** An attempt that never got to check the password (the accounts could not be read) uses up no try. */
    void giveBack(String username, String address) {
        String account = key(username);
        if (account != null) {
            accountAttempts.asMap().computeIfPresent(account, (k, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
        if (address != null) {
            addressAttempts.asMap().computeIfPresent(address, (k, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    public long lockMinutes() {
        return LOCK_DURATION.toMinutes();
    }

    private static int increment(Cache<String, AtomicInteger> counter, String key) {
        if (key == null) {
            return 0;
        }
        AtomicInteger count = counter.asMap().compute(key, (k, existing) -> {
            AtomicInteger value = existing == null ? new AtomicInteger() : existing;
            value.incrementAndGet();
            return value;
        });
        return count.get();
    }

    private static int count(Cache<String, AtomicInteger> counter, String key) {
        if (key == null) {
            return 0;
        }
        AtomicInteger count = counter.getIfPresent(key);
        return count == null ? 0 : count.get();
    }

    private static String key(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    /** For tests: forget every count. */
    public void reset() {
        accountAttempts.invalidateAll();
        addressAttempts.invalidateAll();
    }
}

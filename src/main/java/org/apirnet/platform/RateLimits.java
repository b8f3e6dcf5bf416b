package org.apirnet.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token-bucket limits (Bucket4j) kept in PostgreSQL, so that every portal node takes from the same bucket and a
 * restart refills none. A {@link Limit} is a name and one or more windows; several windows make the limit
 * progressive (five tries a few minutes apart, then one an hour, …). Keys are stored as digests only.
 */
@Component
public class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    private static final int CLEANUP_BATCH = 1_000;

    /** A limit: at most {@code attempts} per {@code per}, refilled smoothly, in each of its windows at once. */
    public record Window(int attempts, Duration per) {
    }

    /** A named limit; the name keeps different limits on the same key (an address) apart. */
    public record Limit(String name, List<Window> windows) {

        public static Limit of(String name, Window... windows) {
            return new Limit(name, Arrays.asList(windows));
        }

        BucketConfiguration configuration() {
            var builder = BucketConfiguration.builder();
            for (Window window : windows) {
                builder.addLimit(Bandwidth.builder().capacity(window.attempts())
                        .refillGreedy(window.attempts(), window.per()).build());
            }
            return builder.build();
        }
    }

    /** Whether an attempt may go ahead, and if not, how long until the next one may. */
    public record Verdict(boolean allowed, Duration retryAfter) {

        /** Whole minutes to tell a person, never "0 minutes". */
        public long retryAfterMinutes() {
            return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        }
    }

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final JdbcTemplate jdbc;

    @Autowired
    public RateLimits(DataSource dataSource) {
        this(dataSource, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** With another clock: a test that moves time on. */
    public RateLimits(DataSource dataSource, TimeMeter clock) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .clientClock(clock)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Takes one attempt from the key's bucket; a refused attempt takes nothing. */
    public Verdict take(Limit limit, String key) {
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        return new Verdict(probe.isConsumed(), Duration.ofNanos(probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill()));
    }

    /** Puts back an attempt that turned out not to count (the database failed, not the person). */
    public void giveBack(Limit limit, String key) {
        bucket(limit, key).addTokens(1);
    }

    /** Fills the key's bucket again: the person proved who they are. */
    public void forget(Limit limit, String key) {
        buckets.removeProxy(id(limit, key));
    }

    /** For tests: every bucket full again. */
    public void forgetAll() {
        jdbc.update("delete from rate_limit_bucket");
    }

    private io.github.bucket4j.Bucket bucket(Limit limit, String key) {
        return buckets.getProxy(id(limit, key), limit::configuration);
    }

    /** Buckets that would be full by now hold nothing worth keeping. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
    void removeFullBuckets() {
        int removed;
        do {
            removed = buckets.removeExpired(CLEANUP_BATCH);
        } while (removed == CLEANUP_BATCH);
        log.debug("Rate-limit buckets cleaned up");
    }

    private static String id(Limit limit, String key) {
        String normalized = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((limit.name() + "\n" + normalized)
                    .getBytes(StandardCharsets.UTF_8));
            return limit.name() + ":" + HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

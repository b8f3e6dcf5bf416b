package org.apirnet.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether the database answers, known at every moment without asking it on a request's time. A thread of its own
 * checks once a second over a connection of its own (not one of the pool's: when the database is gone the pool makes
 * its callers wait), so readiness turns DOWN within seconds of a loss and UP again as soon as the database is back;
 * a load balancer then stops and resumes sending traffic. Health group {@code readiness} includes this indicator.
 */
@Component("databaseHealthIndicator")
public class DatabaseAvailability implements HealthIndicator, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final Clock clock;
    private volatile ScheduledExecutorService checker;
    private volatile Connection probe;
    private volatile boolean reachable = true;
    private volatile Instant since;
    private volatile String lastError;
    private final ReentrantLock checking = new ReentrantLock();
    private volatile long lastCheckedNanos = System.nanoTime() - Duration.ofDays(1).toNanos();
    private volatile boolean stopped;

    DatabaseAvailability(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.since = clock.instant();
    }

    /** True unless the last check (at most about a second ago) could not reach the database. */
    public boolean isReachable() {
        return reachable;
    }

    @Override
    public Health health() {
        Health.Builder health = reachable ? Health.up() : Health.down().withDetail("error", String.valueOf(lastError));
        return health.withDetail("since", since.toString()).build();
    }

    /**
     * Whether the database being unreachable explains this failure: by what it says, or, for a failure of database
     * access that does not say why (a rollback on a connection that just died hides the first error), by asking the
     * database right now.
     */
    public boolean explains(Throwable failure) {
        if (isUnreachable(failure)) {
            return true;
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            // Only failures that do not say what they are: a conflict or a constraint says so, and is no outage.
            if (cause instanceof SQLException || cause instanceof org.springframework.dao.UncategorizedDataAccessException
                    || cause instanceof org.springframework.transaction.TransactionException) {
                checkUnlessJustChecked();
                return !reachable;
            }
        }
        return false;
    }

    /** Whether a failure says "the database cannot be reached" (as opposed to a bug or bad data). */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // 08: connection exceptions; 57P: the server shut down, crashed, or is still starting (recovery).
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Requests failing together during an outage ask once: the others wait for that answer (at most the probe's
     * timeouts) and reuse it, instead of each waiting for a check of its own in turn.
     */
    private void checkUnlessJustChecked() {
        long askedAt = System.nanoTime();
        checking.lock();
        try {
            if (lastCheckedNanos - askedAt < 0) { // no check has finished since this request asked
                checkLocked();
            }
        } finally {
            checking.unlock();
        }
    }

    void check() {
        checking.lock();
        try {
            checkLocked();
        } finally {
            checking.unlock();
        }
    }

    private void checkLocked() {
        if (stopped) {
            return;
        }
        try {
            Connection connection = probe;
            if (connection == null || !connection.isValid(TIMEOUT_SECONDS)) {
                closeProbe();
                probe = connection = openProbe();
            }
            markReachable(true, null);
        } catch (SQLException | RuntimeException e) {
            closeProbe();
            markReachable(false, e.getMessage());
        } finally {
            lastCheckedNanos = System.nanoTime();
        }
    }

    private void markReachable(boolean now, String error) {
        lastError = error;
        if (now != reachable) {
            reachable = now;
            since = clock.instant();
            if (now) {
                log.info("The database answers again; readiness is UP");
            } else {
                log.error("The database cannot be reached ({}); readiness is DOWN until it answers again", error);
            }
        }
    }

    /** A connection outside the pool, with short timeouts, to the same database as the pool's. */
    private Connection openProbe() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            Properties properties = new Properties();
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            properties.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
            properties.setProperty("loginTimeout", Integer.toString(TIMEOUT_SECONDS));
            properties.setProperty("socketTimeout", Integer.toString(TIMEOUT_SECONDS + 1));
            properties.setProperty("ApplicationName", "apirnet-availability");
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        return dataSource.getConnection(); // another pool: its own timeout applies
    }

    private void closeProbe() {
        Connection connection = probe;
        probe = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException | RuntimeException ignored) {
                // already broken
            }
        }
    }

    @Override
    public void start() {
        stopped = false;
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "database-availability");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::check, 0, CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        checker = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = checker;
        checker = null;
        if (executor != null) {
            executor.shutdownNow();
        }
        checking.lock();
        try {
            stopped = true; // no check after this reopens the probe
            closeProbe();
        } finally {
            checking.unlock();
        }
    }

    @Override
    public boolean isRunning() {
        return checker != null;
    }
}

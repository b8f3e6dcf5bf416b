package org.apirnet.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL, kept running: a watchdog looks at its server process once a second and, if it has died
 * (killed, out of memory), starts it again on the same port and cluster. PostgreSQL recovers committed work from its
 * write-ahead log, and the connection pool reconnects by itself, so the portal recovers without a restart.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final long WATCH_EVERY_MILLIS = 1000;

    private final EmbeddedClusterStarter starter;
    private final int port;
    private final ScheduledExecutorService watchdog;
    private volatile EmbeddedPostgres server;
    private volatile ProcessHandle process;
    private volatile boolean closed;
    private int failedRestarts;

    EmbeddedDatabase(Path clusterDir) {
        this.starter = new EmbeddedClusterStarter(clusterDir);
        this.server = starter.start();
        this.port = server.getPort();
        this.process = starter.serverProcess().orElse(null);
        if (process == null) {
            log.warn("The embedded PostgreSQL's server process cannot be found from its postmaster.pid; it is not watched");
        }
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.scheduleWithFixedDelay(this::restartIfDead, WATCH_EVERY_MILLIS, WATCH_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    int port() {
        return port;
    }

    /** The server process now running, for operators' scripts and tests. */
    Optional<ProcessHandle> serverProcess() {
        return Optional.ofNullable(process).filter(ProcessHandle::isAlive);
    }

    synchronized void restartIfDead() {
        if (closed || process == null || process.isAlive()) {
            return; // null: never found, so never watched (see the constructor)
        }
        if (failedRestarts == 0) {
            log.error("The embedded PostgreSQL (pid {}) has stopped; starting it again on port {}",
                    process == null ? "unknown" : process.pid(), port);
        }
        try {
            closeQuietly(server);
            server = starter.start(port);
            process = starter.serverProcess().orElse(process); // if unreadable now, the old (dead) handle keeps it watched
            log.info("The embedded PostgreSQL is running again (pid {}, port {}){}",
                    process == null ? "unknown" : process.pid(), port,
                    failedRestarts == 0 ? "" : " after " + (failedRestarts + 1) + " attempts");
            failedRestarts = 0;
        } catch (RuntimeException e) {
            // Typically the dead server's last backends still hold its shared memory for a moment: try again.
            failedRestarts++;
            if (failedRestarts % 30 == 1) {
                log.warn("Could not start the embedded PostgreSQL yet (attempt {}); trying again every second: {}",
                        failedRestarts, e.toString());
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        watchdog.shutdownNow();
        closeQuietly(server);
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the embedded PostgreSQL: {}", e.toString());
        }
    }
}

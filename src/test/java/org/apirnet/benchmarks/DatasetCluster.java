package org.apirnet.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL cluster of a portal data directory ({@code <data-dir>/postgres}), started by this process
 * while the portal is stopped, the way the portal starts it: with the project's {@code EmbeddedClusterStarter}, so
 * the server runs with the portal's settings and an earlier run's leftovers (a postmaster orphaned by a killed JVM, a
 * stale {@code postmaster.pid}) are dealt with as the portal deals with them.
 * <p>
 * That starter stops any live postmaster it finds in the cluster, including one a running portal is using. So before
 * calling it, this checks zonky's lock file: every JVM that has the cluster started holds a lock on
 * {@code epg-lock} for as long as it runs (the operating system drops it when that JVM dies, even by {@code kill -9}).
 * A lock held elsewhere means the portal (or another baseline) is up, and nothing is started.
 */
final class DatasetCluster implements AutoCloseable {

    private static final String STARTER = "org.apirnet.platform.EmbeddedClusterStarter";

    private final EmbeddedPostgres server;

    private DatasetCluster(EmbeddedPostgres server) {
        this.server = server;
    }

    static DatasetCluster start(Path dataDir) {
        Path clusterDir = dataDir.resolve("postgres").toAbsolutePath().normalize();
        if (!Files.isRegularFile(clusterDir.resolve("postgresql.conf"))) {
            throw new IllegalStateException("No PostgreSQL cluster in " + clusterDir + ": generate the dataset first (bench/benchmark.sh)");
        }
        refuseIfInUse(clusterDir);
        return new DatasetCluster(startWithPortalStarter(clusterDir));
    }

    /** A JDBC URL of the cluster's {@code postgres} database, the one the portal uses, as its superuser. */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:%d/postgres".formatted(server.getPort());
    }

    String user() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            System.err.println("Stopping the embedded PostgreSQL: " + e);
        }
    }

    private static void refuseIfInUse(Path clusterDir) {
        Path lockFile = clusterDir.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return; // never started by zonky; nothing holds it
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The PostgreSQL cluster in " + clusterDir + " is in use by another process "
                        + "(is the portal running on this data directory?). Stop it first: two processes must not open one cluster.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check " + lockFile, e);
        }
    }

    /**
     * The starter is package-private in {@code org.apirnet.platform} (only the portal's own configuration uses it); a
     * benchmark tool in another package reaches it reflectively rather than copying what it does.
     */
    private static EmbeddedPostgres startWithPortalStarter(Path clusterDir) {
        try {
            Class<?> type = Class.forName(STARTER);
            Constructor<?> constructor = type.getDeclaredConstructor(Path.class);
            constructor.setAccessible(true);
            Method start = type.getDeclaredMethod("start");
            start.setAccessible(true);
            return (EmbeddedPostgres) start.invoke(constructor.newInstance(clusterDir));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(STARTER + " is not what this benchmark expects (a constructor taking the cluster "
                    + "directory and a start() returning EmbeddedPostgres); adapt DatasetCluster", e);
        }
    }
}

package org.apirnet.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts an embedded PostgreSQL cluster in a directory that outlives the process, recovering from the two
 * ways an earlier run can leave it: a postmaster still running after its JVM was killed (it keeps the
 * cluster locked), and a {@code postmaster.pid} left by a crash. An initdb that died half-way leaves a
 * directory without {@code postgresql.conf}; that is set aside rather than deleted.
 */
final class EmbeddedClusterStarter {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedClusterStarter.class);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final Path clusterDir;

    EmbeddedClusterStarter(Path clusterDir) {
        this.clusterDir = clusterDir.toAbsolutePath().normalize();
    }

    EmbeddedPostgres start() {
        return start(0);
    }

    /**
     * Starts the server on {@code port} (0: any free port). It is durable: zonky's defaults are meant for throw-away
     * test databases ({@code fsync} and {@code synchronous_commit} off), but this cluster holds the portal's data,
     * and a commit must survive a power cut.
     */
    EmbeddedPostgres start(int port) {
        try {
            Files.createDirectories(clusterDir.getParent());
            setAsideUnfinishedCluster();
            releaseStaleLock();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDir.toFile())
                    .setCleanDataDirectory(false)
                    // The portal stops the server itself, after everything that uses it: zonky's own hook would stop it
                    // under requests still being answered, and the watchdog would start it again.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + clusterDir, e);
        }
    }

    private void setAsideUnfinishedCluster() throws IOException {
        if (!Files.isDirectory(clusterDir) || Files.exists(clusterDir.resolve("postgresql.conf"))) {
            return;
        }
        try (var entries = Files.list(clusterDir)) {
            if (entries.findAny().isEmpty()) {
                return;
            }
        }
        Path aside = clusterDir.resolveSibling(clusterDir.getFileName() + ".unfinished-" + Instant.now().getEpochSecond());
        log.warn("{} holds no complete PostgreSQL cluster (an earlier first start was interrupted); moved it to {} and starting afresh",
                clusterDir, aside);
        Files.move(clusterDir, aside);
    }

    /** A live postmaster from a killed run is asked to shut down; a dead one's pid file is removed. */
    private void releaseStaleLock() throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(EmbeddedClusterStarter::isPostmaster);
        if (process.isPresent()) {
            log.warn("A PostgreSQL server (pid {}) left running by an earlier run still holds {}; stopping it", pid.get(), clusterDir);
            process.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown; its old clients are gone with their JVM
            try {
                process.get().onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL (pid " + pid.get() + ") did not stop within "
                        + ORPHAN_SHUTDOWN_WAIT.toSeconds() + "s; stop it by hand and start the portal again", e);
            }
        }
        if (Files.deleteIfExists(pidFile)) {
            log.info("Removed stale {}", pidFile);
        }
    }

    /**
     * The running server's process, read from its {@code postmaster.pid}; empty when there is none. A live process
     * whose command cannot be read (a restricted {@code /proc}) counts: better watched as alive than restarted in a loop.
     */
    Optional<ProcessHandle> serverProcess() {
        try {
            return readPid(clusterDir.resolve("postmaster.pid"))
                    .flatMap(ProcessHandle::of)
                    .filter(process -> process.info().command().isEmpty() ? process.isAlive() : isPostmaster(process));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        long unreadable = 0; // no process has pid 0: the file is simply removed
        if (lines.isEmpty()) {
            return Optional.of(unreadable);
        }
        try {
            return Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (NumberFormatException e) {
            return Optional.of(unreadable);
        }
    }

    /** Only a process that really is a PostgreSQL server is stopped; a pid may have been reused since. */
    private static boolean isPostmaster(ProcessHandle process) {
        return process.isAlive() && process.info().command()
                .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                .orElse(false);
    }
}

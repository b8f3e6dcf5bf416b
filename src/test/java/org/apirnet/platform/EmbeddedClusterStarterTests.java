package org.apirnet.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedClusterStarterTests {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartInTheSameDirectory() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        try (EmbeddedPostgres first = new EmbeddedClusterStarter(cluster).start();
             Connection connection = first.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (value text); insert into kept values ('still here')");
        }
        try (EmbeddedPostgres second = new EmbeddedClusterStarter(cluster).start()) {
            assertThat(readKeptValue(second)).isEqualTo("still here");
        }
    }

    @Test
    void aPidFileLeftByACrashDoesNotStopTheNextStart() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        new EmbeddedClusterStarter(cluster).start().close();
        long deadPid = new ProcessBuilder("true").start().onExit().get().pid();
        Files.writeString(cluster.resolve("postmaster.pid"), deadPid + "\n" + cluster + "\n");

        try (EmbeddedPostgres restarted = new EmbeddedClusterStarter(cluster).start()) {
            assertThat(restarted.getPort()).isPositive();
        }
    }

    @Test
    void aHalfInitialisedDirectoryIsSetAsideNotDeleted() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        Files.createDirectories(cluster.resolve("base"));
        Files.writeString(cluster.resolve("PG_VERSION"), "17\n");

        try (EmbeddedPostgres started = new EmbeddedClusterStarter(cluster).start()) {
            assertThat(cluster.resolve("postgresql.conf")).exists();
        }
        try (var siblings = Files.list(dataDir)) {
            assertThat(siblings.map(path -> path.getFileName().toString()))
                    .anySatisfy(name -> assertThat(name).startsWith("postgres.unfinished-"));
        }
    }

    private static String readKeptValue(EmbeddedPostgres postgres) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select value from kept")) {
            rows.next();
            return rows.getString(1);
        }
    }
}

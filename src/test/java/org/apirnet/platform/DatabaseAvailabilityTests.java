package org.apirnet.platform;

import java.sql.SQLException;
import java.time.Clock;

import com.zaxxer.hikari.HikariDataSource;
import org.apirnet.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseAvailabilityTests {

    /** What a rollback on a connection that just died throws: nothing in it says the database is gone. */
    private static final RuntimeException SILENT_FAILURE =
            new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

    @Test
    void failuresThatSayTheDatabaseIsGoneAreRecognisedByTheirState() {
        assertThat(DatabaseAvailability.isUnreachable(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseAvailability.isUnreachable(new SQLException("terminating connection due to unexpected postmaster exit", "57P01"))).isTrue();
        assertThat(DatabaseAvailability.isUnreachable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseAvailability.isUnreachable(new IllegalArgumentException("a bug"))).isFalse();
    }

    @Test
    void aFailureThatDoesNotSayWhyIsExplainedByAskingTheDatabase() {
        try (HikariDataSource gone = pointingAt("jdbc:postgresql://127.0.0.1:1/postgres", "postgres", "")) {
            DatabaseAvailability availability = new DatabaseAvailability(gone, Clock.systemUTC());
            assertThat(availability.explains(SILENT_FAILURE)).isTrue();
            assertThat(availability.isReachable()).isFalse();
            assertThat(availability.health().getStatus().getCode()).isEqualTo("DOWN");
            assertThat(availability.explains(new IllegalStateException("a bug, not the database"))).isFalse();
            assertThat(availability.explains(new org.springframework.dao.OptimisticLockingFailureException("changed meanwhile")))
                    .as("a failure that says what it is").isFalse();
            availability.stop();
        }
        TestDatabase.Connection test = TestDatabase.connection();
        try (HikariDataSource up = pointingAt(test.url(), test.username(), test.password())) {
            DatabaseAvailability availability = new DatabaseAvailability(up, Clock.systemUTC());
            availability.check();
            assertThat(availability.isReachable()).isTrue();
            assertThat(availability.explains(SILENT_FAILURE)).as("the database answers: a real error").isFalse();
            assertThat(availability.health().getStatus().getCode()).isEqualTo("UP");
            availability.stop();
        }
    }

    private static HikariDataSource pointingAt(String url, String username, String password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(username);
        dataSource.setPassword(password);
        dataSource.setInitializationFailTimeout(-1); // no connection until asked
        return dataSource;
    }
}

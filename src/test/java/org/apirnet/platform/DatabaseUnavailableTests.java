package org.apirnet.platform;

import java.sql.SQLException;

import org.apirnet.PortalApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableTests {

    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/apirnet";

    @Test
    void anUnreachableServerIsReportedWithItsUrlAndHowToConfigureIt(CapturedOutput output) {
        SpringApplication application = new SpringApplication(PortalApplication.class);
        assertThatThrownBy(() -> application.run(
                "--spring.datasource.url=" + UNREACHABLE,
                "--spring.datasource.hikari.connection-timeout=2000",
                "--server.port=0",
                "--apirnet.data-dir=target/unreachable-db-test"))
                .isInstanceOf(Exception.class);
        assertThat(output.getOut() + output.getErr())
                .contains("Could not connect to the database at " + UNREACHABLE)
                .contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void otherSqlErrorsAreLeftToTheDefaultReport() {
        var analyzer = new DatabaseUnavailableFailureAnalyzer(new MockEnvironment());
        SQLException syntaxError = new SQLException("syntax error", "42601");
        assertThat(analyzer.analyze(new RuntimeException(syntaxError))).isNull();
        FailureAnalysis refused = analyzer.analyze(new RuntimeException(new SQLException("Connection refused", "08001")));
        assertThat(refused.getDescription()).contains("the embedded PostgreSQL", "Connection refused");
    }
}

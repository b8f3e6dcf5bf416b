package org.apirnet.platform;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Turns "the configured database could not be reached" into one plain statement of which URL failed and
 * how to configure it, instead of a page of stack trace. SQL states: 08 connection, 28 authorization,
 * 3D unknown database.
 */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnavailableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState();
        if (state == null || !(state.startsWith("08") || state.startsWith("28") || state.startsWith("3D"))) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url");
        String where = StringUtils.hasText(url) ? url : "the embedded PostgreSQL";
        return new FailureAnalysis(
                "Could not connect to the database at " + where + ": " + cause.getMessage(),
                "Check that PostgreSQL is running at that address and that SPRING_DATASOURCE_URL, "
                        + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right, "
                        + "or unset SPRING_DATASOURCE_URL to run with the embedded PostgreSQL under the data directory.",
                cause);
    }
}

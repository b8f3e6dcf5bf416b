package org.apirnet.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;


/**
 * Counts the SQL statements Hibernate prepares while a page is rendered, so a test can pin a page's query count
 * and an N+1 regression fails the build. Needs {@code hibernate.generate_statistics=true} (the test profile).
 */
public final class SqlStatementCounter {

    private final Statistics statistics;

    public SqlStatementCounter(EntityManagerFactory entityManagerFactory) {
        this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    /** Runs the action and returns how many statements it prepared. Tests sharing the context run one at a time. */
    public long count(ThrowingRunnable action) throws Exception {
        statistics.clear();
        action.run();
        return statistics.getPrepareStatementCount();
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}

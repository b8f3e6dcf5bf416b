package org.apirnet.support;

import jakarta.persistence.EntityManagerFactory;


/**
 * Counts the SQL statements Hibernate prepares while a page is rendered, so a test can pin a page's query count
 * and an N+1 regression fails the build. Counts on the calling thread only ({@link CountingStatementInspector}, set
 * in the test profile): MockMvc renders the page on the test's thread, and the portal's background jobs do not count.
 */
public final class SqlStatementCounter {

    /** The factory whose statements are counted; it must have the inspector of the test profile. */
    public SqlStatementCounter(EntityManagerFactory entityManagerFactory) {
        Object inspector = entityManagerFactory.getProperties().get("hibernate.session_factory.statement_inspector");
        if (inspector == null || !String.valueOf(inspector).contains(CountingStatementInspector.class.getSimpleName())) {
            throw new IllegalStateException("Set hibernate.session_factory.statement_inspector to " + CountingStatementInspector.class.getName());
        }
    }

    /** Runs the action and returns how many statements it prepared on this thread. */
    public long count(ThrowingRunnable action) throws Exception {
        CountingStatementInspector.reset();
        action.run();
        return CountingStatementInspector.count();
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}

package org.apirnet.support;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL Hibernate prepares on each thread (configured in the test profile). Per thread, so the portal's own
 * background work (the mail sweep every few seconds, text extraction) never lands in a page's count.
 */
public final class CountingStatementInspector implements StatementInspector {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    static void reset() {
        COUNT.get()[0] = 0;
    }

    static long count() {
        return COUNT.get()[0];
    }
}

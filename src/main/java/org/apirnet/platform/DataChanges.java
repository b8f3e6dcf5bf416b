package org.apirnet.platform;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * A counter that moves whenever the portal commits a change: every read-write transaction, whatever module it
 * belongs to, raises it after its commit. Whatever is cached from the database is valid only for the generation it
 * was computed in, so nothing cached outlives a change made on this node, and no module has to remember to say so.
 */
@Component
public class DataChanges implements TransactionExecutionListener {

    /**
     * The name ({@code TransactionTemplate#setName}) of transactions whose writes no cached page or answer shows:
     * download counters, the mail outbox. Their commits move nothing, so a stream of downloads or the mail sweep
     * cannot keep every cache cold.
     */
    public static final String UNSEEN_BY_PAGES = "apirnet.unseen-by-pages";

    private final AtomicLong generation = new AtomicLong();

    /** Read before computing what is cached: a change that commits meanwhile makes the result stale at once. */
    public long generation() {
        return generation.get();
    }

    /** For writes made outside the portal's transactions (tools and tests writing with plain JDBC). */
    public void changed() {
        generation.incrementAndGet();
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (!transaction.isReadOnly() && !UNSEEN_BY_PAGES.equals(transaction.getTransactionName())) {
            generation.incrementAndGet(); // also after a failed commit: what happened to the data is then unknown
        }
    }
}

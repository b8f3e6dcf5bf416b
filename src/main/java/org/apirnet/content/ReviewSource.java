package org.apirnet.content;

import java.util.List;

/**
 * Implemented by every module with things waiting for a decision (membership applications, library submissions,
 * discussion replies…), so one inbox can show them all. Each source decides who may decide its items and answers for
 * the person signed in.
 */
public interface ReviewSource {

    /** What waits for the signed-in person's decision, oldest first, at most {@code limit} items. */
    List<PendingItem> pendingForViewer(int limit);

    /** How many items wait for the signed-in person's decision. */
    long countPendingForViewer();
}

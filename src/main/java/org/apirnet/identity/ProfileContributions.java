package org.apirnet.identity;

import java.time.Instant;
import java.util.List;

/**
 * The slot through which a content module lists what a member has contributed on their profile (published
 * resources now; replies and posts as those modules arrive), without identity knowing the modules.
 */
public interface ProfileContributions {

    /** One contribution: what it is, where it is, when it appeared. */
    record Contribution(String kind, String title, String path, Instant publishedAt) {
    }

    /** The member's newest contributions the viewer may see (members-only ones only to members), at most {@code limit}. */
    List<Contribution> of(long accountId, boolean viewerIsMember, int limit);
}

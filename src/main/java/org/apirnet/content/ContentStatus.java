package org.apirnet.content;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a piece of content is in its life. Only PUBLISHED is ever shown to people other than its author and those
 * who review it. The allowed moves are the same for every kind of content.
 */
public enum ContentStatus {
    DRAFT, PENDING, PUBLISHED, REJECTED, ARCHIVED;

    /** The statuses this one may move to: a draft is submitted or published; a decision is taken on what is pending. */
    public Set<ContentStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PENDING, PUBLISHED, ARCHIVED);
            case PENDING -> EnumSet.of(PUBLISHED, REJECTED, DRAFT, ARCHIVED);
            case PUBLISHED -> EnumSet.of(ARCHIVED);
            // An editor may still publish what was rejected (a second look); the author may submit it again.
            case REJECTED -> EnumSet.of(PENDING, PUBLISHED, ARCHIVED);
            case ARCHIVED -> EnumSet.of(PUBLISHED);
        };
    }

    public boolean canMoveTo(ContentStatus next) {
        return allowedNext().contains(next);
    }
}

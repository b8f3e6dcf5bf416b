package org.apirnet.forum;

/** How a discussion's replies reach its readers. */
enum ReplyPolicy {
    /** A moderator approves each reply before anyone else sees it. */
    APPROVE_FIRST,
    /** Replies appear at once; moderators take down what does not belong. */
    PUBLISH_AT_ONCE
}

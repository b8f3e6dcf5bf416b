package org.apirnet.forum;

import java.util.List;

import org.apirnet.identity.MemberContacts.Contact;

/** Events the forum publishes inside the deciding transaction, so that the notify module mails the right people. */
public final class ForumMail {

    private ForumMail() {
    }

    /** A moderator posed a question: each follower (but its poser) is told. */
    public record QuestionPosted(List<Contact> followers, String discussionTitle, String questionTitle, String path) {
    }

    /**
     * A synopsis is out: every member gets it, once. The sections are plain text, as a mail shows them; the id makes
     * a second announcement of the same synopsis a no-op.
     */
    public record SynopsisPublished(long discussionId, String title, String path, String keyPoints, String conclusions,
                                    String nextSteps) {
    }

    /** A moderator turned down a reply; its author is told why. */
    public record ReplyRejected(String email, String name, String discussionTitle, String reason, String path) {
    }

    /** An editor declined a topic proposal; its proposer is told why, with a link to the proposal. */
    public record ProposalDeclined(String email, String name, String proposalTitle, String reason, String path) {
    }
}

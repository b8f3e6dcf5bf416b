package org.apirnet.notify;

import java.util.HashMap;
import java.util.Map;

import org.apirnet.forum.ForumMail.ProposalDeclined;
import org.apirnet.forum.ForumMail.QuestionPosted;
import org.apirnet.forum.ForumMail.ReplyRejected;
import org.apirnet.platform.PortalProperties;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mail about discussions to a few people: followers of a new question; the author of a rejected reply and the
 * proposer of a declined topic, told why in the portal's one rejection mail ({@link RejectionMail}).
 */
@Component
class ForumMailListener {

    private static final RejectionMail.Wording REPLY_REJECTED = new RejectionMail.Wording("mail.replyRejected.subject",
            "mail.replyRejected.heading", "mail.replyRejected.intro", "mail.replyRejected.action");
    private static final RejectionMail.Wording PROPOSAL_DECLINED = new RejectionMail.Wording("mail.proposalDeclined.subject",
            "mail.proposalDeclined.heading", "mail.proposalDeclined.intro", "mail.proposalDeclined.action");

    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final RejectionMail rejectionMail;
    private final String baseUrl;

    ForumMailListener(MailTemplates templates, MailOutbox outbox, RejectionMail rejectionMail, PortalProperties portal) {
        this.templates = templates;
        this.outbox = outbox;
        this.rejectionMail = rejectionMail;
        this.baseUrl = portal.baseUrl().toString().replaceAll("/+$", "");
    }

    /** One mail per follower, queued inside the moderator's transaction. */
    @EventListener
    void on(QuestionPosted event) {
        for (var follower : event.followers()) {
            Map<String, Object> model = new HashMap<>();
            model.put("name", follower.name());
            model.put("discussion", event.discussionTitle());
            model.put("question", event.questionTitle());
            model.put("siteUrl", baseUrl + "/");
            model.put("link", baseUrl + event.path());
            outbox.enqueue(templates.compose(follower.email(), "discussion-question", "mail.discussionQuestion.subject", model));
        }
    }

    @EventListener
    void on(ReplyRejected event) {
        rejectionMail.enqueue(event.email(), event.name(), event.discussionTitle(), event.reason(), event.path(), REPLY_REJECTED);
    }

    @EventListener
    void on(ProposalDeclined event) {
        rejectionMail.enqueue(event.email(), event.name(), event.proposalTitle(), event.reason(), event.path(), PROPOSAL_DECLINED);
    }
}

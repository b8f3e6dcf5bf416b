package org.apirnet.notify;

import java.util.HashMap;
import java.util.Map;

import org.apirnet.forum.ForumMail.QuestionPosted;
import org.apirnet.forum.ForumMail.ReplyRejected;
import org.apirnet.platform.PortalProperties;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Mail about discussions to a few people: followers of a new question, the author of a rejected reply. */
@Component
class ForumMailListener {

    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final String baseUrl;

    ForumMailListener(MailTemplates templates, MailOutbox outbox, PortalProperties portal) {
        this.templates = templates;
        this.outbox = outbox;
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
        Map<String, Object> model = new HashMap<>();
        model.put("name", event.name());
        model.put("discussion", event.discussionTitle());
        model.put("siteUrl", baseUrl + "/");
        model.put("reason", event.reason());
        model.put("reasonParagraphs", event.reason().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        model.put("link", baseUrl + event.path());
        outbox.enqueue(templates.compose(event.email(), "reply-rejected", "mail.replyRejected.subject", model));
    }
}

package org.apirnet.notify;

import java.util.HashMap;
import java.util.Map;

import org.apirnet.platform.PortalProperties;

import org.springframework.stereotype.Component;

/**
 * Tells a member why their submission was not published, in the words of the module it belongs to (the message
 * keys of one {@link Wording}), with the editor's reason and a link back; queued in the deciding transaction.
 */
@Component
class RejectionMail {

    /** A module's words for its rejection mail: message keys of the subject, heading, first line and link. */
    record Wording(String subjectKey, String headingKey, String introKey, String actionKey) {
    }

    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final String baseUrl;

    RejectionMail(MailTemplates templates, MailOutbox outbox, PortalProperties portal) {
        this.templates = templates;
        this.outbox = outbox;
        this.baseUrl = portal.baseUrl().toString().replaceAll("/+$", "");
    }

    /** {@code path} is site-relative: where the member can try again. */
    void enqueue(String email, String name, String title, String reason, String path, Wording wording) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("title", title);
        model.put("siteUrl", baseUrl + "/");
        model.put("reason", reason);
        model.put("reasonParagraphs", reason.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        model.put("link", baseUrl + path);
        model.put("headingKey", wording.headingKey());
        model.put("introKey", wording.introKey());
        model.put("actionKey", wording.actionKey());
        outbox.enqueue(templates.compose(email, "content-rejected", wording.subjectKey(), model));
    }
}

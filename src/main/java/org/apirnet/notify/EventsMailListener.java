package org.apirnet.notify;

import java.util.HashMap;
import java.util.Map;

import org.apirnet.events.EventsMail.SubmissionRejected;
import org.apirnet.platform.PortalProperties;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells members why an editor did not publish the event they submitted; queued inside the deciding transaction. */
@Component
class EventsMailListener {

    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final String baseUrl;

    EventsMailListener(MailTemplates templates, MailOutbox outbox, PortalProperties portal) {
        this.templates = templates;
        this.outbox = outbox;
        this.baseUrl = portal.baseUrl().toString().replaceAll("/+$", "");
    }

    @EventListener
    void on(SubmissionRejected event) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", event.name());
        model.put("title", event.title());
        model.put("siteUrl", baseUrl + "/");
        model.put("reason", event.reason());
        model.put("reasonParagraphs", event.reason().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        model.put("link", baseUrl + "/events/submit");
        outbox.enqueue(templates.compose(event.email(), "event-rejected", "mail.eventRejected.subject", model));
    }

}

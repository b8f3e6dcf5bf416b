package org.apirnet.notify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apirnet.library.LibraryMail.SubmissionApproved;
import org.apirnet.library.LibraryMail.SubmissionRejected;
import org.apirnet.platform.PortalProperties;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells members what editors decided about their library submissions; queued inside the deciding transaction. */
@Component
class LibraryMailListener {

    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final String baseUrl;

    LibraryMailListener(MailTemplates templates, MailOutbox outbox, PortalProperties portal) {
        this.templates = templates;
        this.outbox = outbox;
        this.baseUrl = portal.baseUrl().toString().replaceAll("/+$", "");
    }

    @EventListener
    void on(SubmissionApproved event) {
        Map<String, Object> model = model(event.name(), event.title());
        model.put("link", baseUrl + event.resourcePath());
        outbox.enqueue(templates.compose(event.email(), "submission-approved", "mail.submissionApproved.subject", model));
    }

    @EventListener
    void on(SubmissionRejected event) {
        Map<String, Object> model = model(event.name(), event.title());
        model.put("reason", event.reason());
        model.put("reasonParagraphs", event.reason().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        model.put("link", baseUrl + "/account");
        outbox.enqueue(templates.compose(event.email(), "submission-rejected", "mail.submissionRejected.subject", model));
    }

    private Map<String, Object> model(String name, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("title", title);
        model.put("siteUrl", baseUrl + "/");
        model.put("reasonParagraphs", List.of());
        return model;
    }
}

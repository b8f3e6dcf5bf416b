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

    private static final RejectionMail.Wording REJECTED = new RejectionMail.Wording("mail.submissionRejected.subject",
            "mail.submissionRejected.heading", "mail.submissionRejected.intro", "mail.submissionRejected.action");

    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final RejectionMail rejectionMail;
    private final String baseUrl;

    LibraryMailListener(MailTemplates templates, MailOutbox outbox, RejectionMail rejectionMail, PortalProperties portal) {
        this.templates = templates;
        this.outbox = outbox;
        this.rejectionMail = rejectionMail;
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
        rejectionMail.enqueue(event.email(), event.name(), event.title(), event.reason(), "/account", REJECTED);
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

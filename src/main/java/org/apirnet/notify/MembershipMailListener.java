package org.apirnet.notify;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apirnet.identity.MembershipMail.AccountDeleted;
import org.apirnet.identity.MembershipMail.ApplicationApproved;
import org.apirnet.identity.MembershipMail.ApplicationForExistingAccount;
import org.apirnet.identity.MembershipMail.ApplicationRejected;
import org.apirnet.identity.MembershipMail.EmailConfirmationRequested;
import org.apirnet.identity.MembershipMail.InvitationIssued;
import org.apirnet.identity.MembershipMail.PasswordResetRequested;
import org.apirnet.identity.MembershipMail.SignInUnlockRequested;
import org.apirnet.platform.PortalProperties;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns identity's mail events into queued mail. Plain, synchronous listeners on purpose: they run inside the
 * publisher's transaction, so the mail is stored if and only if the change that asked for it commits.
 */
@Component
class MembershipMailListener {

    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final OutgoingMailRepository mails;
    private final String baseUrl;

    MembershipMailListener(MailTemplates templates, MailOutbox outbox, OutgoingMailRepository mails, PortalProperties portal) {
        this.templates = templates;
        this.outbox = outbox;
        this.mails = mails;
        this.baseUrl = portal.baseUrl().toString().replaceAll("/+$", "");
    }

    /** No name: whoever applied may not be the address's owner, and the mail must not carry their words. */
    @EventListener
    void on(EmailConfirmationRequested event) {
        Map<String, Object> model = mailModel(null);
        model.put("link", absolute(event.confirmPath()));
        model.put("expiresAt", MailTimes.readable(event.expiresAt()));
        outbox.enqueue(templates.compose(event.email(), "confirm-email", "mail.confirm.subject", model));
    }

    @EventListener
    void on(ApplicationApproved event) {
        Map<String, Object> model = mailModel(event.name());
        model.put("link", absolute("/login"));
        model.put("email", event.email());
        outbox.enqueue(templates.compose(event.email(), "application-approved", "mail.approved.subject", model));
    }

    @EventListener
    void on(ApplicationRejected event) {
        Map<String, Object> model = mailModel(event.name());
        model.put("reason", event.reason());
        model.put("reasonParagraphs", event.reason() == null ? List.of()
                : event.reason().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        model.put("link", absolute("/"));
        outbox.enqueue(templates.compose(event.email(), "application-rejected", "mail.rejected.subject", model));
    }

    @EventListener
    void on(InvitationIssued event) {
        Map<String, Object> model = mailModel(event.inviteeName()); // the name the admin gave, if any
        model.put("inviter", blankToNull(event.inviterName()));
        model.put("messageParagraphs", event.personalMessage() == null ? List.of()
                : event.personalMessage().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        model.put("role", roleInWords(event.roleName()));
        model.put("link", absolute(event.acceptPath()));
        model.put("expiresAt", MailTimes.readable(event.expiresAt()));
        outbox.enqueue(templates.compose(event.email(), "invitation", "mail.invitation.subject", model));
    }

    @EventListener
    void on(PasswordResetRequested event) {
        Map<String, Object> model = mailModel(event.name());
        model.put("link", absolute(event.resetPath()));
        model.put("expiresAt", MailTimes.readable(event.expiresAt()));
        outbox.enqueue(templates.compose(event.email(), "password-reset", "mail.reset.subject", model));
    }

    @EventListener
    void on(ApplicationForExistingAccount event) {
        Map<String, Object> model = mailModel(event.name());
        model.put("link", absolute("/login"));
        model.put("resetLink", absolute("/login/forgot"));
        outbox.enqueue(templates.compose(event.email(), "join-existing", "mail.existing.subject", model));
    }

    @EventListener
    void on(SignInUnlockRequested event) {
        Map<String, Object> model = mailModel(event.name());
        model.put("link", absolute(event.unlockPath()));
        model.put("resetLink", absolute("/login/forgot"));
        model.put("expiresAt", MailTimes.readable(event.expiresAt()));
        outbox.enqueue(templates.compose(event.email(), "sign-in-unlock", "mail.unlock.subject", model));
    }

    /** A deleted account's mail goes with it: the log must not keep a former member's address and messages. */
    @EventListener
    void on(AccountDeleted event) {
        mails.deleteByRecipient(event.formerEmail());
    }

    /** What every mail template uses: the name to greet ("Hello," when null) and the site's address. */
    private Map<String, Object> mailModel(String name) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", blankToNull(name));
        model.put("siteUrl", baseUrl + "/");
        return model;
    }

    /** Links in mail leave the site, so they carry the public base URL. */
    private String absolute(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** MODERATOR becomes "moderator", a future TRAINING_LEAD "training lead". */
    static String roleInWords(String roleName) {
        return roleName == null ? null : roleName.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

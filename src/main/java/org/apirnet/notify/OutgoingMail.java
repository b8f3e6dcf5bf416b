package org.apirnet.notify;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the outbox: a rendered mail and how its delivery is going. */
@Entity
@Table(name = "outgoing_mail")
class OutgoingMail {

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("token=[A-Za-z0-9_-]+");

    /** The width of {@code last_error}. */
    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;

    private String subject;

    private String textBody;

    private String htmlBody;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;

    private String lastError;

    private Instant createdAt;

    private Instant sentAt;

    private Instant nextAttemptAt;

    private Instant claimedUntil;

    private java.util.UUID claimToken;

    private String claimedBy;

    private java.util.UUID messageKey;

    protected OutgoingMail() {
    }

    private OutgoingMail(ComposedMail mail, Instant now) {
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.textBody = mail.textBody();
        this.htmlBody = mail.htmlBody();
        this.status = MailStatus.PENDING;
        this.messageKey = java.util.UUID.randomUUID();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A new mail, due at once. */
    static OutgoingMail pending(ComposedMail mail, Instant now) {
        return new OutgoingMail(mail, now);
    }

    /** Taken by one sender until {@code until}; committed before the mail is handed to the SMTP server. */
    void claim(java.util.UUID token, Instant until, String node) {
        claimToken = token;
        claimedUntil = until;
        claimedBy = node;
    }

    /** Whether the claim {@code token} still holds this mail (it may have expired and been taken over). */
    boolean isClaimedBy(java.util.UUID token) {
        return status == MailStatus.PENDING && token.equals(claimToken);
    }

    private void releaseClaim() {
        claimToken = null;
        claimedUntil = null;
        claimedBy = null;
    }

    /**
     * Once delivered, the copy kept here no longer needs its single-use links: they are blanked so that neither the
     * database nor the admins' mail log holds a working token for someone else's account.
     */
    void markSent(Instant now) {
        attempts++;
        releaseClaim();
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
        textBody = redactTokens(textBody);
        htmlBody = redactTokens(htmlBody);
    }

    /**
     * The body as admins may read it: links keep their tokens only in LOGGED mail (no SMTP server, so the log is the
     * only way to follow them); a mail still waiting to be sent must not hand its link to anyone but its recipient.
     */
    public String getTextBodyForAdmins() {
        return status == MailStatus.LOGGED ? textBody : redactTokens(textBody);
    }

    public String getHtmlBodyForAdmins() {
        return status == MailStatus.LOGGED ? htmlBody : redactTokens(htmlBody);
    }

    static String redactTokens(String body) {
        return TOKEN.matcher(body).replaceAll("token=(removed-after-sending)");
    }

    /** Handed to the log because there is no SMTP server; counts as the one attempt it gets. */
    void markLogged() {
        attempts++;
        releaseClaim();
        status = MailStatus.LOGGED;
        lastError = null;
    }

    void retryAt(Instant nextAttempt, String error) {
        attempts++;
        releaseClaim();
        lastError = truncate(error);
        nextAttemptAt = nextAttempt;
    }

    void giveUp(String error) {
        attempts++;
        releaseClaim();
        status = MailStatus.FAILED;
        lastError = truncate(error);
        textBody = redactTokens(textBody);
        htmlBody = redactTokens(htmlBody);
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "\u2026";
    }

    java.util.UUID getMessageKey() {
        return messageKey;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}

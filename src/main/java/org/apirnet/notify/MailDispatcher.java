package org.apirnet.notify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apirnet.platform.DataChanges;
import org.apirnet.platform.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends outbox rows. A mail is first claimed in a short transaction that commits ({@code claimed_until}, with a
 * token of this attempt), then handed to the SMTP server with no transaction or connection held, then its outcome is
 * written in a second transaction if the claim is still this sender's. So no two senders, on this node or another,
 * hold the same mail at once. If the server accepts a mail but the portal dies before the outcome commits, the claim
 * expires and the mail is sent again with the same Message-ID (random, kept in the row), which lets mail servers and clients recognise the
 * copy: delivery is at least once, never silently lost.
 */
@Component
class MailDispatcher {

    /** Bounds one sweep, so a large backlog is worked off over several runs instead of holding the sender. */
    private static final int MAX_MAILS_PER_SWEEP = 200;

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutgoingMailRepository mails;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> smtp;
    private final InternetAddress from;
    private final MailProperties properties;
    private final String messageIdDomain;
    private final String node;
    private final String claimant;
    /** Set when the portal stops: no new mail is taken, the one in the server's hands is finished. */
    private volatile boolean stopping;
    private final Clock clock;
    /** Set by an attempt that could not reach the server, cleared by the next mail it accepts. */
    private volatile boolean serverUnreachable;

    MailDispatcher(OutgoingMailRepository mails, PlatformTransactionManager transactionManager,
                   ObjectProvider<JavaMailSender> smtp, MailProperties properties, PortalProperties portal, Clock clock) {
        this.mails = mails;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setName(DataChanges.UNSEEN_BY_PAGES); // sending mail changes nothing a page shows
        this.smtp = smtp;
        this.from = parseFrom(properties.from());
        this.properties = properties;
        String host = portal.baseUrl().getHost();
        this.messageIdDomain = host == null || host.isBlank() ? "apirnet.invalid" : host;
        this.node = portal.node();
        // Claims are "node#run": at start a node releases what its earlier runs held, never what this run holds.
        this.claimant = node + "#" + UUID.randomUUID().toString().substring(0, 8);
        this.clock = clock;
    }

    /** Fails at start-up on a malformed {@code apirnet.mail.from} rather than on every mail. */
    private static InternetAddress parseFrom(String from) {
        try {
            return new InternetAddress(from, true);
        } catch (MessagingException e) {
            throw new IllegalStateException("apirnet.mail.from is not a valid mail address: " + from, e);
        }
    }

    /** Whether mail really leaves the portal ({@code spring.mail.host} is set). */
    boolean smtpConfigured() {
        return smtp.getIfAvailable() != null;
    }

    /** Sends one mail now if it is still pending and no other sender holds it; its due time is not waited for. */
    void send(long mailId) {
        if (stopping) {
            return;
        }
        claim(now -> mails.lockClaimable(mailId, now)).ifPresent(this::deliver);
    }

    /** Sends pending mail whose time has come, oldest due first, one at a time. */
    int sendDue() {
        int handled = 0;
        while (handled < MAX_MAILS_PER_SWEEP && !stopping) {
            Optional<Claimed> claimed = claim(mails::lockNextDue);
            if (claimed.isEmpty()) {
                break;
            }
            deliver(claimed.get());
            handled++;
        }
        return handled;
    }

    /** Makes every mail waiting for a retry due now (the admins' "send waiting mail now"); returns how many. */
    int makeWaitingMailDue() {
        Integer moved = transaction.execute(status -> mails.makePendingDue(clock.instant()));
        return moved == null ? 0 : moved;
    }

    /**
     * At start: what this node claimed before it stopped may have reached the mail server or not; it is sent again
     * now (same Message-ID) rather than after its claim expires. Returns how many.
     */
    int releaseClaimsLeftByThisNode() {
        Integer released = transaction.execute(status -> mails.releaseEarlierRunsClaims(node + "#%", claimant));
        if (released != null && released > 0) {
            log.warn("{} mail(s) were being sent when this node ({}) stopped; sending them again", released, node);
        }
        return released == null ? 0 : released;
    }

    /** Who this run's claims name ({@code node#run}). */
    String claimant() {
        return claimant;
    }

    /** The portal is stopping: what is not yet claimed stays for the next start. */
    void stop() {
        stopping = true;
    }

    long countPending() {
        return mails.countPending();
    }

    /**
     * Once an attempt could not reach the mail server, every sweep asks the server whether it answers again (a
     * connection without a mail); the moment it does, every mail waiting for its retry is sent, so the back-off only
     * paces mail the server refused, never the recovery from an outage. Returns whether waiting mail was released.
     */
    boolean releaseWaitingMailIfTheServerIsBack() {
        if (!serverUnreachable || !(smtp.getIfAvailable() instanceof JavaMailSenderImpl server)) {
            return false;
        }
        try {
            server.testConnection();
        } catch (MessagingException e) {
            return false;
        }
        serverUnreachable = false;
        int waiting = makeWaitingMailDue();
        log.info("The mail server answers again; sending the {} mail(s) that were waiting for it", waiting);
        return true;
    }

    /** Whether delivery failed because the server could not be reached at all (not because it refused the mail). */
    private static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.SocketTimeoutException
                    || cause instanceof java.net.UnknownHostException) {
                return true;
            }
            if (cause instanceof org.springframework.mail.MailSendException send) {
                for (Exception nested : send.getFailedMessages().values()) {
                    if (isUnreachable(nested)) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** A mail this sender has claimed, read in the claiming transaction (detached from here on). */
    private record Claimed(OutgoingMail mail, UUID token) {
    }

    private Optional<Claimed> claim(Function<Instant, Optional<OutgoingMail>> find) {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            return find.apply(now).map(mail -> {
                UUID token = UUID.randomUUID();
                mail.claim(token, now.plus(properties.claimTimeout()), claimant);
                return new Claimed(mail, token);
            });
        });
    }

    /** Writes the outcome of an attempt if the claim still holds; a sender that overran its claim changes nothing. */
    private void finish(Claimed claimed, Consumer<OutgoingMail> outcome) {
        // Locked, so no sender taking the mail over can slip in between the check and the write.
        transaction.executeWithoutResult(status -> mails.lockById(claimed.mail().getId())
                .filter(mail -> mail.isClaimedBy(claimed.token()))
                .ifPresentOrElse(outcome, () -> log.warn(
                        "Mail {}: its claim expired before the attempt ended; the sender that took it over decides",
                        claimed.mail().getId())));
    }

    private void deliver(Claimed claimed) {
        OutgoingMail mail = claimed.mail();
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured (spring.mail.host); mail kept at /admin/mail: to {}, subject \"{}\"\n{}",
                    mail.getRecipient(), mail.getSubject(), mail.getTextBody());
            finish(claimed, OutgoingMail::markLogged);
            return;
        }
        try {
            sender.send(toMimeMessage(sender, mail));
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            // The mail itself is unusable (e.g. a malformed address): retrying cannot help.
            log.warn("Mail {} to {} cannot be sent and is given up: {}", mail.getId(), mail.getRecipient(), describe(e));
            finish(claimed, row -> row.giveUp(describe(e)));
            return;
        } catch (MailException e) {
            if (isUnreachable(e)) {
                serverUnreachable = true;
            }
            finish(claimed, row -> recordFailure(row, describe(e)));
            return;
        }
        serverUnreachable = false;
        finish(claimed, row -> row.markSent(clock.instant()));
    }

    private void recordFailure(OutgoingMail mail, String error) {
        int failedAttempts = mail.getAttempts() + 1;
        Instant now = clock.instant();
        MailProperties.Retry retry = properties.retry();
        if (!now.isBefore(mail.getCreatedAt().plus(retry.giveUpAfter()))) {
            log.warn("Mail {} to {} failed {} times over {} and is given up: {}", mail.getId(), mail.getRecipient(),
                    failedAttempts, retry.giveUpAfter(), error);
            mail.giveUp(error);
        } else {
            Instant next = now.plus(retry.delayAfter(failedAttempts));
            log.warn("Mail {} to {} could not be sent (attempt {}), retrying at {}: {}",
                    mail.getId(), mail.getRecipient(), failedAttempts, next, error);
            mail.retryAt(next, error);
        }
    }

    /** The same for every attempt at one outbox row, so a copy sent again after a crash is recognisably the same message. */
    String messageIdOf(OutgoingMail mail) {
        return "<" + mail.getMessageKey() + "@" + messageIdDomain + ">";
    }

    /** Plain text for clients that want it, HTML for the rest: one multipart/alternative, plain text first. */
    private MimeMessage toMimeMessage(JavaMailSender sender, OutgoingMail mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getTextBody(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.getHtmlBody(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);

        MimeMessage message = sender.createMimeMessage();
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setContent(alternatives);
        // Spring's sender keeps a Message-ID set before sending (JavaMail would otherwise make a new one each time).
        message.setHeader("Message-ID", messageIdOf(mail));
        return message;
    }

    /** The message only, on one line: no stack trace in the table, the log line or the admin page. */
    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip().replaceAll("\\s+", " ");
    }
}

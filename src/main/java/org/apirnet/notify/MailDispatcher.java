package org.apirnet.notify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apirnet.platform.DataChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends outbox rows. Each mail is claimed with a row lock ({@code for update skip locked}) that is held while it is
 * handed to the SMTP server and released when its new status commits, so concurrent workers never send the same
 * mail twice. If the server accepts a mail but the commit then fails, the mail is sent again later: delivery is at
 * least once, never silently lost.
 */
@Component
class MailDispatcher {

    /** After this many failed attempts a mail is given up on (FAILED). */
    static final int MAX_ATTEMPTS = 6;

    private static final Duration FIRST_RETRY_DELAY = Duration.ofMinutes(1);
    private static final int RETRY_DELAY_FACTOR = 5;

    /** Bounds one sweep, so a large backlog is worked off over several runs instead of holding a thread. */
    private static final int MAX_MAILS_PER_SWEEP = 200;

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutgoingMailRepository mails;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> smtp;
    private final InternetAddress from;

    MailDispatcher(OutgoingMailRepository mails, PlatformTransactionManager transactionManager,
                   ObjectProvider<JavaMailSender> smtp, MailProperties properties) {
        this.mails = mails;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setName(DataChanges.UNSEEN_BY_PAGES); // sending mail changes nothing a page shows
        this.smtp = smtp;
        this.from = parseFrom(properties.from());
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

    /** Sends one mail now if it is still pending and no other worker holds it; its due time is not waited for. */
    void send(long mailId) {
        transaction.executeWithoutResult(status -> mails.claimPending(mailId).ifPresent(this::deliver));
    }

    /** Sends pending mail whose time has come, oldest due first, each in its own transaction. */
    int sendDue() {
        int handled = 0;
        while (handled < MAX_MAILS_PER_SWEEP) {
            Boolean claimed = transaction.execute(status -> mails.claimNextDue(Instant.now())
                    .map(mail -> {
                        deliver(mail);
                        return true;
                    })
                    .orElse(false));
            if (!Boolean.TRUE.equals(claimed)) {
                break;
            }
            handled++;
        }
        return handled;
    }

    private void deliver(OutgoingMail mail) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured (spring.mail.host); mail kept at /admin/mail: to {}, subject \"{}\"\n{}",
                    mail.getRecipient(), mail.getSubject(), mail.getTextBody());
            mail.markLogged();
            return;
        }
        try {
            sender.send(toMimeMessage(sender, mail));
            mail.markSent(Instant.now());
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            // The mail itself is unusable (e.g. a malformed address): retrying cannot help.
            log.warn("Mail {} to {} cannot be sent and is given up: {}", mail.getId(), mail.getRecipient(), describe(e));
            mail.giveUp(describe(e));
        } catch (MailException e) {
            recordFailure(mail, describe(e));
        }
    }

    private void recordFailure(OutgoingMail mail, String error) {
        int failedAttempts = mail.getAttempts() + 1;
        if (failedAttempts >= MAX_ATTEMPTS) {
            log.warn("Mail {} to {} failed {} times and is given up: {}", mail.getId(), mail.getRecipient(), failedAttempts, error);
            mail.giveUp(error);
        } else {
            Instant next = Instant.now().plus(retryDelayAfter(failedAttempts));
            log.warn("Mail {} to {} could not be sent (attempt {}), retrying at {}: {}",
                    mail.getId(), mail.getRecipient(), failedAttempts, next, error);
            mail.retryAt(next, error);
        }
    }

    /** 1 minute after the first failure, then 5, 25, 125, 625: long enough to ride out a mail server's bad hour. */
    static Duration retryDelayAfter(int failedAttempts) {
        Duration delay = FIRST_RETRY_DELAY;
        for (int i = 1; i < failedAttempts; i++) {
            delay = delay.multipliedBy(RETRY_DELAY_FACTOR);
        }
        return delay;
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
        message.setSentDate(new Date());
        message.setContent(alternatives);
        return message;
    }

    /** The message only, on one line: no stack trace in the table, the log line or the admin page. */
    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip().replaceAll("\\s+", " ");
    }
}

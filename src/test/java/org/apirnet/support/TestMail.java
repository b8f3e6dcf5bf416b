package org.apirnet.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * One GreenMail SMTP server for the whole test run, on a free port, started the first time a test asks for it.
 * The shared application context sends its mail here ({@code spring.mail.host}/{@code port} in
 * {@link PortalIntegrationTest}). Tests share the server, so look for mail by recipient, not by count alone.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "greenmail-stop"));
            server = started;
        }
        return server;
    }

    public static int smtpPort() {
        return server().getSmtp().getPort();
    }

    /** Forgets every mail received so far. The server keeps running on the same port. */
    public static void reset() {
        try {
            server().purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not purge GreenMail's mailboxes", e);
        }
    }

    /** Waits until at least {@code count} mails have arrived in all, then returns all of them; fails on timeout. */
    public static List<MimeMessage> awaitMessages(int count, Duration timeout) {
        if (!server().waitForIncomingEmail(timeout.toMillis(), count)) {
            throw new AssertionError("Expected " + count + " mail(s) within " + timeout + " but received "
                    + server().getReceivedMessages().length);
        }
        return List.of(server().getReceivedMessages());
    }

    /** Waits until at least {@code count} mails to this address have arrived and returns those; fails on timeout. */
    public static List<MimeMessage> awaitMessagesTo(String recipient, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> received = messagesTo(recipient);
        while (received.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + count + " mail(s) to " + recipient + " within " + timeout
                        + " but received " + received.size());
            }
            sleep(Duration.ofMillis(25));
            received = messagesTo(recipient);
        }
        return received;
    }

    /** The mails received so far that are addressed (To) to this address, in the order they arrived. */
    public static List<MimeMessage> messagesTo(String recipient) {
        return Arrays.stream(server().getReceivedMessages()).filter(message -> isAddressedTo(message, recipient)).toList();
    }

    private static boolean isAddressedTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to)
                    .anyMatch(address -> address instanceof InternetAddress mailbox && mailbox.getAddress().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable test mail", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for mail", e);
        }
    }

    /** The plain-text part of a (possibly multipart) mail. */
    public static String textOf(jakarta.mail.Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = textOf(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable mail", e);
        }
    }
}

package org.apirnet.notify;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apirnet.identity.MembershipMail.ApplicationApproved;
import org.apirnet.identity.MembershipMail.ApplicationRejected;
import org.apirnet.identity.MembershipMail.EmailConfirmationRequested;
import org.apirnet.identity.MembershipMail.InvitationIssued;
import org.apirnet.identity.MembershipMail.PasswordResetRequested;
import org.apirnet.platform.PortalProperties;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.TestMail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ExtendWith(OutputCaptureExtension.class)
class OutgoingMailTests extends PortalIntegrationTest {

    private static final Duration DELIVERY = Duration.ofSeconds(10);
    private static final Instant EXPIRES = Instant.parse("2026-11-23T14:05:00Z");
    private static final String EXPIRES_AS_SHOWN = "23 November 2026, 14:05 UTC";
    private static final String BASE_URL = "http://localhost:8080";

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OutgoingMailRepository mails;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    MailProperties mailProperties;

    @Autowired
    MailTemplates templates;

    @Autowired
    MailOutbox outbox;

    @Autowired
    PortalProperties portal;

    private TransactionTemplate transaction;

    /** Unique per test: the table and the SMTP server are shared with every other test. */
    private String recipient;

    @BeforeEach
    void setUp() {
        TestMail.reset();
        transaction = new TransactionTemplate(transactionManager);
        recipient = "mail-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void anApplicantGetsALinkToConfirmTheirAddress() throws Exception {
        publishInTransaction(new EmailConfirmationRequested(recipient, "/join/confirm?token=c0nf1rm", EXPIRES));

        MimeMessage mail = theOnlyMailTo(recipient);
        assertThat(mail.getSubject()).isEqualTo("Confirm your e-mail address for AP-IRNet");
        assertThat(mail.getFrom()).containsExactly(new InternetAddress("AP-IRNet <no-reply@apirnet.org>"));
        Parts parts = Parts.of(mail);
        String link = BASE_URL + "/join/confirm?token=c0nf1rm";
        assertThat(parts.text()).contains("Hello,", link, EXPIRES_AS_SHOWN, "administrators review your application", "AP-IRNet");
        Document html = Jsoup.parse(parts.html());
        assertThat(html.select("html").attr("lang")).isEqualTo("en");
        assertThat(html.select("h1").text()).isEqualTo("Confirm your e-mail address");
        assertThat(html.select("a[href='" + link + "']").text()).isEqualTo("Confirm my e-mail address");
        assertThat(html.body().text()).as("the address also as text").contains(link, EXPIRES_AS_SHOWN);
        assertThat(awaitStatus(recipient, MailStatus.SENT)).containsEntry("attempts", 1);
    }

    @Test
    void anApprovedApplicantIsWelcomedWithASignInLink() throws Exception {
        publishInTransaction(new ApplicationApproved(recipient, "Ana Reyes"));

        MimeMessage mail = theOnlyMailTo(recipient);
        assertThat(mail.getSubject()).isEqualTo("Welcome to AP-IRNet");
        Parts parts = Parts.of(mail);
        assertThat(parts.text()).contains("Dear Ana Reyes,", BASE_URL + "/login", recipient);
        assertThat(Jsoup.parse(parts.html()).select("a[href='" + BASE_URL + "/login']")).hasSize(1);
    }

    @Test
    void aRejectedApplicantReadsTheAdminsReasonEscaped() throws Exception {
        publishInTransaction(new ApplicationRejected(recipient, "Ana <Reyes>", "Not <b>eligible</b>"));

        MimeMessage mail = theOnlyMailTo(recipient);
        assertThat(mail.getSubject()).isEqualTo("Your AP-IRNet membership application");
        Parts parts = Parts.of(mail);
        assertThat(parts.text()).contains("Dear Ana <Reyes>,", "Not <b>eligible</b>");
        assertThat(parts.html()).contains("Not &lt;b&gt;eligible&lt;/b&gt;", "Dear Ana &lt;Reyes&gt;,")
                .doesNotContain("<b>eligible</b>");
        assertThat(Jsoup.parse(parts.html()).select("blockquote").text()).isEqualTo("Not <b>eligible</b>");
    }

    @Test
    void anInviteeLearnsWhoInvitedThemAsWhatAndUntilWhen() throws Exception {
        publishInTransaction(new InvitationIssued(recipient, null, "Demo Admin", "MODERATOR", null, "/invitations/accept?token=1nv1te", EXPIRES));

        MimeMessage mail = theOnlyMailTo(recipient);
        assertThat(mail.getSubject()).isEqualTo("You are invited to join AP-IRNet");
        Parts parts = Parts.of(mail);
        String link = BASE_URL + "/invitations/accept?token=1nv1te";
        assertThat(parts.text()).contains("Hello,", "Demo Admin has invited you", "with the role of moderator.", link, EXPIRES_AS_SHOWN);
        assertThat(Jsoup.parse(parts.html()).select("a[href='" + link + "']")).hasSize(1);
    }

    @Test
    void aPasswordResetMailSaysTheLinksLimitsAndThatNothingChangedOtherwise() throws Exception {
        publishInTransaction(new PasswordResetRequested(recipient, "Ana Reyes", "/password-reset?token=r3set", EXPIRES));

        MimeMessage mail = theOnlyMailTo(recipient);
        assertThat(mail.getSubject()).isEqualTo("Reset your AP-IRNet password");
        Parts parts = Parts.of(mail);
        String link = BASE_URL + "/password-reset?token=r3set";
        assertThat(parts.text()).contains(link, EXPIRES_AS_SHOWN,
                "If you did not ask for this, ignore this mail; your password is unchanged.");
        assertThat(Jsoup.parse(parts.html()).select("a[href='" + link + "']")).hasSize(1);
        assertThat(parts.html()).contains(EXPIRES_AS_SHOWN);
    }

    @Test
    void aBaseUrlEndingInASlashGivesLinksWithoutADoubleSlash() throws Exception {
        var portal = new PortalProperties(Path.of("data"), URI.create("https://irnet.example.org/"), "");
        var listener = new MembershipMailListener(templates, outbox, mails, portal);

        transaction.executeWithoutResult(status ->
                listener.on(new PasswordResetRequested(recipient, "Ana Reyes", "/password-reset?token=sl4sh", EXPIRES)));

        assertThat(Parts.of(theOnlyMailTo(recipient)).text()).contains("https://irnet.example.org/password-reset?token=sl4sh");
    }

    @Test
    void aTransactionThatRollsBackQueuesAndSendsNothing() {
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new ApplicationApproved(recipient, "Rolled Back"));
            status.setRollbackOnly();
        });
        String marker = "marker-" + recipient;
        publishInTransaction(new ApplicationApproved(marker, "Committed"));

        TestMail.awaitMessagesTo(marker, 1, DELIVERY);
        assertThat(TestMail.messagesTo(recipient)).isEmpty();
        assertThat(rowsTo(recipient)).isEmpty();
    }

    @Test
    void aMailTheServerRefusesIsRetriedLaterNotLost() {
        long id = queueAwayFromTheSweep();
        MailDispatcher unreachableServer = dispatcherWith(senderToClosedPort());

        unreachableServer.send(id);

        Map<String, Object> failed = row(id);
        assertThat(failed).containsEntry("status", "PENDING").containsEntry("attempts", 1).containsEntry("sent_at", null);
        assertThat((String) failed.get("last_error")).isNotBlank().hasSizeLessThanOrEqualTo(1000).doesNotContain("\n");
        assertThat(((java.sql.Timestamp) failed.get("next_attempt_at")).toInstant())
                .as("the configured first retry, 10 seconds")
                .isBetween(Instant.now().plusSeconds(5), Instant.now().plusSeconds(11));
        assertThat(TestMail.messagesTo(recipient)).isEmpty();

        jdbc.update("update outgoing_mail set next_attempt_at = now() - interval '1 second' where id = ?", id);
        dispatcher.sendDue(); // what the scheduled sweep does once the retry is due

        assertThat(TestMail.awaitMessagesTo(recipient, 1, DELIVERY)).hasSize(1);
        awaitRowStatus(id, MailStatus.SENT); // whichever sender took it, the portal's sweep or this one
        assertThat(row(id)).containsEntry("attempts", 2).containsEntry("last_error", null);
    }

    @Test
    void retriesFollowTheConfiguredBackOffUntilTheMailIsGivenUp() {
        // Far in the future, so the running portal's own sweep never finds these retries due.
        MutableClock clock = new MutableClock(Instant.now().plus(3650, ChronoUnit.DAYS));
        MailProperties.Retry retry = new MailProperties.Retry(Duration.ofSeconds(3), 3, Duration.ofSeconds(40), Duration.ofMinutes(2));
        MailDispatcher failing = dispatcherWith(senderToClosedPort(), clock, retry);
        long id = queueAt(clock.instant());
        // Ten years on, every other test's pending mail is due too: held aside while this clock runs.
        jdbc.update("""
                update outgoing_mail set claimed_until = ?, claimed_by = 'held-by-schedule-test'
                where status = 'PENDING' and id <> ?""", java.sql.Timestamp.from(clock.instant().plus(Duration.ofDays(1))), id);
        try {
            runTheSchedule(failing, clock, id);
        } finally {
            jdbc.update("update outgoing_mail set claimed_until = null, claimed_by = null where claimed_by = 'held-by-schedule-test'");
        }
    }

    private void runTheSchedule(MailDispatcher failing, MutableClock clock, long id) {
        failing.send(id);
        assertThat(nextAttempt(id)).isEqualTo(clock.instant().plusSeconds(3));
        clock.advance(Duration.ofSeconds(2));
        assertThat(failing.sendDue()).as("not due yet").isZero();
        assertThat(row(id)).containsEntry("attempts", 1);

        List<Long> waits = new java.util.ArrayList<>();
        while ("PENDING".equals(row(id).get("status"))) {
            Instant due = nextAttempt(id);
            waits.add(Duration.between(clock.instant(), due).toSeconds());
            clock.set(due);
            assertThat(failing.sendDue()).isEqualTo(1);
        }
        // 3 s after the first failure (1 s were left of it), then 9 and 27, then capped at 40 until two minutes had passed.
        assertThat(waits).containsExactly(1L, 9L, 27L, 40L, 40L, 40L);
        assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("attempts", 7);
        assertThat(Duration.between(createdAt(id), clock.instant())).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
        dispatcher.send(id);
        assertThat(TestMail.messagesTo(recipient)).as("a failed mail stays failed").isEmpty();
    }

    @Test
    void whenTheMailServerAnswersAgainTheMailWaitingForItGoesAtOnceNotAtItsRetryTime() {
        long id = queueAwayFromTheSweep();
        JavaMailSenderImpl server = new JavaMailSenderImpl();
        server.setHost("127.0.0.1");
        server.setPort(1); // down
        MailDispatcher sender = dispatcherWith(server);
        assertThat(sender.releaseWaitingMailIfTheServerIsBack()).as("nothing has failed yet").isFalse();

        sender.send(id);
        assertThat(nextAttempt(id)).isAfter(Instant.now().plusSeconds(5));
        assertThat(sender.releaseWaitingMailIfTheServerIsBack()).as("still down").isFalse();

        server.setPort(TestMail.smtpPort()); // back
        assertThat(sender.releaseWaitingMailIfTheServerIsBack()).isTrue();
        assertThat(nextAttempt(id)).isBeforeOrEqualTo(Instant.now());
        sender.sendDue();

        assertThat(TestMail.awaitMessagesTo(recipient, 1, DELIVERY)).hasSize(1);
        awaitRowStatus(id, MailStatus.SENT);
        assertThat(row(id)).containsEntry("attempts", 2);
        assertThat(sender.releaseWaitingMailIfTheServerIsBack()).as("once, not on every sweep").isFalse();
    }

    @Test
    void mailTheServerRefusedKeepsItsBackOffWhenOtherMailGoesThrough() {
        long refused = queueAwayFromTheSweep();
        JavaMailSenderImpl greenMail = new JavaMailSenderImpl();
        greenMail.setHost("127.0.0.1");
        greenMail.setPort(TestMail.smtpPort());
        MailDispatcher sender = dispatcherWith(new DelegatingSender(greenMail) {
            @Override
            public void send(MimeMessage message) {
                throw new org.springframework.mail.MailSendException("550 mailbox unavailable");
            }
        });
        sender.send(refused);
        Instant retry = nextAttempt(refused);

        assertThat(sender.releaseWaitingMailIfTheServerIsBack()).as("the server was reachable: nothing to wait for").isFalse();
        assertThat(nextAttempt(refused)).isEqualTo(retry);
        jdbc.update("delete from outgoing_mail where id = ?", refused);
    }

    @Test
    void aBackOffThatMakesNoSenseIsRefusedAtStart() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                new MailProperties.Retry(Duration.ofMinutes(5), 2, Duration.ofMinutes(1), Duration.ofDays(1))))
                .hasMessageContaining("max-delay");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                new MailProperties.Retry(Duration.ofSeconds(5), 0.5, Duration.ofMinutes(1), Duration.ofDays(1))))
                .hasMessageContaining("factor");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                new MailProperties.Retry(Duration.ZERO, 2, Duration.ofMinutes(1), Duration.ofDays(1))))
                .hasMessageContaining("first-delay");
    }

    @Test
    void aMailInOneSendersHandsIsNeverHandedToAnother() throws Exception {
        long id = queueAwayFromTheSweep();
        CountDownLatch inSmtp = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger handedOver = new java.util.concurrent.atomic.AtomicInteger();
        JavaMailSenderImpl greenMail = new JavaMailSenderImpl();
        greenMail.setHost("127.0.0.1");
        greenMail.setPort(TestMail.smtpPort());
        JavaMailSender slowServer = new DelegatingSender(greenMail) {
            @Override
            public void send(MimeMessage message) {
                handedOver.incrementAndGet();
                inSmtp.countDown();
                awaitQuietly(release);
                super.send(message);
            }
        };
        MailDispatcher nodeA = dispatcherWith(slowServer);
        MailDispatcher nodeB = dispatcherWith(slowServer);
        ExecutorService sending = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = sending.submit(() -> nodeA.send(id));
            assertThat(inSmtp.await(10, TimeUnit.SECONDS)).isTrue();
            // Read over another connection: the claim is committed while the server takes its time, not a held lock.
            Map<String, Object> claim = jdbc.queryForMap(
                    "select status, claim_token, claimed_until > now() as live, claimed_by from outgoing_mail where id = ?", id);
            assertThat(claim).containsEntry("status", "PENDING").containsEntry("live", true);
            assertThat(claim.get("claim_token")).isNotNull();
            assertThat((String) claim.get("claimed_by")).startsWith(portal.node() + "#");

            nodeB.send(id);
            jdbc.update("update outgoing_mail set next_attempt_at = now() - interval '1 second' where id = ?", id);
            nodeB.sendDue();
            dispatcher.sendDue();
            assertThat(handedOver).as("only the first sender has it").hasValue(1);

            release.countDown();
            first.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            sending.shutdownNow();
        }
        assertThat(TestMail.awaitMessagesTo(recipient, 1, DELIVERY)).hasSize(1);
        assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 1);
        nodeB.send(id);
        assertThat(handedOver).hasValue(1);
    }

    @Test
    void aClaimLeftByACrashedSenderExpiresAndTheResendKeepsItsMessageId() {
        long id = queueAwayFromTheSweep();
        dispatcher.send(id);
        MimeMessage first = theOnlyMailTo(recipient);
        awaitStatus(recipient, MailStatus.SENT);
        // What a crash after the server accepted the mail leaves: still pending, claimed by a sender that is gone.
        jdbc.update("""
                update outgoing_mail set status = 'PENDING', sent_at = null, claim_token = gen_random_uuid(),
                       claimed_until = now() + interval '1 minute', next_attempt_at = now() - interval '1 second'
                where id = ?""", id);

        dispatcher.send(id);
        assertThat(TestMail.messagesTo(recipient)).as("the claim has not expired yet").hasSize(1);

        jdbc.update("update outgoing_mail set claimed_until = now() - interval '1 second' where id = ?", id);
        dispatcher.sendDue();

        List<MimeMessage> both = TestMail.awaitMessagesTo(recipient, 2, DELIVERY);
        assertThat(messageId(both.get(1))).isEqualTo(messageId(first))
                .matches("<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@localhost>");
        awaitRowStatus(id, MailStatus.SENT);
    }

    @Test
    void aRestartedNodeResendsWhatItsEarlierRunWasSendingButNotWhatThisRunOrAnotherNodeHolds() {
        long earlierRun = queueAwayFromTheSweep();
        long thisRun = queueAwayFromTheSweep();
        long otherNode = queueAwayFromTheSweep();
        String claimedUntilLater = """
                update outgoing_mail set claim_token = gen_random_uuid(), claimed_until = now() + interval '1 hour',
                       claimed_by = ?, next_attempt_at = now() - interval '1 second'
                where id = ?""";
        jdbc.update(claimedUntilLater, portal.node() + "#0ldrun00", earlierRun);
        jdbc.update(claimedUntilLater, dispatcher.claimant(), thisRun);
        jdbc.update(claimedUntilLater, "another-node#12345678", otherNode);

        assertThat(dispatcher.releaseClaimsLeftByThisNode()).isEqualTo(1);
        dispatcher.sendDue();

        assertThat(TestMail.awaitMessagesTo(recipient, 1, DELIVERY)).hasSize(1);
        awaitRowStatus(earlierRun, MailStatus.SENT);
        assertThat(row(thisRun)).as("this run may be sending it right now").containsEntry("status", "PENDING");
        assertThat(row(otherNode)).as("another node may still be sending it").containsEntry("status", "PENDING");
        jdbc.update("delete from outgoing_mail where id in (?, ?)", thisRun, otherNode);
    }

    @Test
    void adminsSendWaitingMailNowInsteadOfAtItsRetryTime() throws Exception {
        long id = queueAwayFromTheSweep();
        RequestPostProcessor admin = user(users.loadUserByUsername(DEMO_ADMIN));
        Document log = Html.of(mvc.perform(get("/admin/mail").with(admin)).andExpect(status().isOk()));
        assertThat(log.select("form[action=/admin/mail/send-waiting] button").text()).isEqualTo("Send waiting mail now");
        assertThat(log.select("main .lead").text()).contains("after 10 seconds at first, at most 15 minutes apart", "1 day old");

        mvc.perform(post("/admin/mail/send-waiting").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/mail"))
                .andExpect(flash().attribute("notice", "mailLog.sendWaiting.done"));

        assertThat(TestMail.awaitMessagesTo(recipient, 1, DELIVERY)).hasSize(1);
        awaitStatus(recipient, MailStatus.SENT);
        assertThat(row(id)).containsEntry("attempts", 1);
    }

    @Test
    void onlyAdminsSendWaitingMail() throws Exception {
        long id = queueAwayFromTheSweep();
        mvc.perform(post("/admin/mail/send-waiting").with(user(users.loadUserByUsername(DEMO_EDITOR))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/mail/send-waiting").with(csrf())).andExpect(status().is3xxRedirection());
        // without the form's token
        mvc.perform(post("/admin/mail/send-waiting").with(user(users.loadUserByUsername(DEMO_ADMIN))))
                .andExpect(status().isForbidden());
        assertThat(((java.sql.Timestamp) row(id).get("next_attempt_at")).toInstant()).isAfter(Instant.now().plusSeconds(3000));
    }

    @Test
    void withoutAnSmtpServerMailIsLoggedAndKept(CapturedOutput output) {
        long id = queueAwayFromTheSweep();

        dispatcherWith(null).send(id);

        assertThat(row(id)).containsEntry("status", "LOGGED");
        assertThat(output.getOut()).contains("No SMTP server configured (spring.mail.host); mail kept at /admin/mail", recipient,
                "Plain text of a queued mail");
        assertThat(TestMail.messagesTo(recipient)).isEmpty();
    }

    @Test
    void adminsReadTheMailLogAndEachMailWithItsHtmlShownAsSource() throws Exception {
        publishInTransaction(new PasswordResetRequested(recipient, "Ana Reyes", "/password-reset?token=l0g", EXPIRES));
        TestMail.awaitMessagesTo(recipient, 1, DELIVERY);
        awaitStatus(recipient, MailStatus.SENT);
        long id = jdbc.queryForObject("select id from outgoing_mail where recipient = ?", Long.class, recipient);
        RequestPostProcessor admin = user(users.loadUserByUsername(DEMO_ADMIN));

        Document log = Html.of(mvc.perform(get("/admin/mail").with(admin)).andExpect(status().isOk()));
        assertThat(log.select("h1").eachText()).containsExactly("Outgoing mail");
        assertThat(log.select("main .lead").text()).contains("With no SMTP server configured", "mails are not sent but kept here");
        assertThat(log.select("main table caption").text()).startsWith("Outgoing mail, newest first");
        assertThat(log.select("main table thead th[scope=col]").eachText())
                .containsExactly("Recipient", "Subject", "Status", "Attempts", "Created");
        Element row = log.select("main tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals(recipient)).findFirst().orElseThrow();
        assertThat(row.select("a").attr("href")).isEqualTo("/admin/mail/" + id);
        assertThat(row.select("a").text()).isEqualTo("Reset your AP-IRNet password");
        assertThat(row.child(2).text()).isEqualTo("Sent");
        assertThat(row.child(3).text()).isEqualTo("1");

        Document detail = Html.of(mvc.perform(get("/admin/mail/" + id).with(admin)).andExpect(status().isOk()));
        // Delivered: the stored copy keeps the link but not the single-use token.
        String link = BASE_URL + "/password-reset?token=(removed-after-sending)";
        assertThat(detail.select("h1").eachText()).containsExactly("Reset your AP-IRNet password");
        assertThat(detail.select("main h2").eachText()).containsExactly("Plain-text version", "HTML version");
        assertThat(detail.select("main pre").first().text()).contains("Dear Ana Reyes,", link);
        assertThat(detail.select("main details pre").text()).contains("<a href=\"" + link + "\">", "<h1>").doesNotContain("l0g");
        assertThat(detail.select("main pre").first().text()).doesNotContain("l0g");
        assertThat(detail.select("main a[href='" + link + "']")).as("stored HTML is never live markup").isEmpty();
        assertThat(detail.select("main h1, main h2")).hasSize(3);
    }

    @Test
    void theMailLogTakesAnyPageNumber() throws Exception {
        RequestPostProcessor admin = user(users.loadUserByUsername(DEMO_ADMIN));
        for (String page : new String[] {"abc", "-3", "0", "1.5", "99999999999", "2147483647", ""}) {
            mvc.perform(get("/admin/mail").param("page", page).with(admin)).andExpect(status().isOk());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "999999", "0", "-1", "1e3"})
    void unknownOrMalformedMailIdsGetNotFound(String id) throws Exception {
        mvc.perform(get("/admin/mail/" + id).accept(MediaType.TEXT_HTML).with(user(users.loadUserByUsername(DEMO_ADMIN))))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsSeeTheMailLog() throws Exception {
        mvc.perform(get("/admin/mail")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/mail").with(user(users.loadUserByUsername(DEMO_MEMBER)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/mail/1").with(user(users.loadUserByUsername(DEMO_EDITOR)))).andExpect(status().isForbidden());
    }

    private void publishInTransaction(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private static MimeMessage theOnlyMailTo(String address) {
        List<MimeMessage> received = TestMail.awaitMessagesTo(address, 1, DELIVERY);
        assertThat(received).hasSize(1);
        return received.getFirst();
    }

    /** A pending mail due in an hour, so the scheduled sweep leaves it alone while a test sends it by hand. */
    private long queueAwayFromTheSweep() {
        return transaction.execute(status -> {
            ComposedMail composed = new ComposedMail(recipient, "A queued mail", "Plain text of a queued mail", "<p>HTML of a queued mail</p>");
            long id = mails.save(OutgoingMail.pending(composed, Instant.now())).getId();
            jdbc.update("update outgoing_mail set next_attempt_at = now() + interval '1 hour' where id = ?", id);
            return id;
        });
    }

    private MailDispatcher dispatcherWith(JavaMailSender sender) {
        return dispatcherWith(sender, java.time.Clock.systemUTC(), mailProperties.retry());
    }

    private MailDispatcher dispatcherWith(JavaMailSender sender, java.time.Clock clock, MailProperties.Retry retry) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("mailSender", sender);
        }
        ObjectProvider<JavaMailSender> provider = beans.getBeanProvider(JavaMailSender.class);
        MailProperties settings = new MailProperties(mailProperties.from(), mailProperties.retryInterval(), retry,
                mailProperties.claimTimeout());
        return new MailDispatcher(mails, transactionManager, provider, settings, portal, clock);
    }

    /** A pending mail created (and due) at the given time. */
    private long queueAt(Instant createdAt) {
        return transaction.execute(status -> mails.save(OutgoingMail.pending(
                new ComposedMail(recipient, "A queued mail", "Plain text", "<p>HTML</p>"), createdAt)).getId());
    }

    private Instant nextAttempt(long id) {
        return jdbc.queryForObject("select next_attempt_at from outgoing_mail where id = ?", java.sql.Timestamp.class, id).toInstant();
    }

    private Instant createdAt(long id) {
        return jdbc.queryForObject("select created_at from outgoing_mail where id = ?", java.sql.Timestamp.class, id).toInstant();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** A clock a test moves by hand. */
    static final class MutableClock extends java.time.Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start.truncatedTo(ChronoUnit.MILLIS);
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** Hands every call to a real sender; tests override what they watch. */
    static class DelegatingSender implements JavaMailSender {
        private final JavaMailSender target;

        DelegatingSender(JavaMailSender target) {
            this.target = target;
        }

        @Override
        public MimeMessage createMimeMessage() {
            return target.createMimeMessage();
        }

        @Override
        public MimeMessage createMimeMessage(java.io.InputStream contentStream) {
            return target.createMimeMessage(contentStream);
        }

        @Override
        public void send(MimeMessage message) {
            target.send(message);
        }

        @Override
        public void send(MimeMessage... messages) {
            for (MimeMessage message : messages) {
                send(message);
            }
        }

        @Override
        public void send(org.springframework.mail.SimpleMailMessage... messages) {
            target.send(messages);
        }
    }

    /** Nothing listens on port 1: every delivery fails at once with "connection refused". */
    private static JavaMailSender senderToClosedPort() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(1);
        return sender;
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select status, attempts, last_error, sent_at, next_attempt_at from outgoing_mail where id = ?", id);
    }

    private List<Map<String, Object>> rowsTo(String address) {
        return jdbc.queryForList("select id, status from outgoing_mail where recipient = ?", address);
    }

    /** By id, for tests with several mails to one recipient. */
    private void awaitRowStatus(long id, MailStatus expected) {
        Instant deadline = Instant.now().plus(DELIVERY);
        while (!expected.name().equals(row(id).get("status")) && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(25));
        }
        assertThat(row(id)).containsEntry("status", expected.name());
    }

    /** The SMTP server has the mail a moment before the sender commits its new status. */
    private Map<String, Object> awaitStatus(String address, MailStatus expected) {
        Instant deadline = Instant.now().plus(DELIVERY);
        while (true) {
            Map<String, Object> row = jdbc.queryForMap(
                    "select id, status, attempts, sent_at from outgoing_mail where recipient = ?", address);
            if (expected.name().equals(row.get("status")) || Instant.now().isAfter(deadline)) {
                assertThat(row).containsEntry("status", expected.name());
                if (expected == MailStatus.SENT) {
                    assertThat(((java.sql.Timestamp) row.get("sent_at")).toInstant())
                            .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
                }
                return row;
            }
            sleep(Duration.ofMillis(25));
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The two alternatives of a multipart/alternative mail, decoded. */
    private record Parts(String text, String html) {

        static Parts of(MimeMessage mail) throws Exception {
            assertThat(mail.getContentType()).startsWith("multipart/alternative");
            MimeMultipart alternatives = (MimeMultipart) mail.getContent();
            assertThat(alternatives.getCount()).isEqualTo(2);
            BodyPart text = alternatives.getBodyPart(0);
            BodyPart html = alternatives.getBodyPart(1);
            assertThat(text.isMimeType("text/plain")).as("plain text first").isTrue();
            assertThat(html.isMimeType("text/html")).as("HTML last, as the preferred alternative").isTrue();
            return new Parts((String) text.getContent(), (String) html.getContent());
        }
    }
}

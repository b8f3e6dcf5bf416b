package org.apirnet.identity.membership;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.apirnet.identity.accounts.Account;
import org.apirnet.identity.accounts.AccountRepository;
import org.apirnet.identity.accounts.AccountStatus;
import org.apirnet.identity.accounts.Role;
import org.apirnet.identity.accounts.Tokens;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.TestMail;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MembershipFlowTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MembershipService membership;

    @Autowired
    AccountRepository accounts;

    @Autowired
    IdentityTestSupport support;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private long adminId() {
        return accounts.findByEmail(DEMO_ADMIN).orElseThrow().getId();
    }

    @Test
    void anApplicantConfirmsTheAddressThenAnAdminApprovesAndTheMemberIsTold() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("apply");
        mvc.perform(post("/join").with(csrf())
                        .param("name", "Ana Applicant").param("email", email.toUpperCase()).param("password", IdentityTestSupport.PASSWORD)
                        .param("organization", "Union of Testing").param("jobTitle", "Organizer").param("country", "kh")
                        .param("constituencyGroup", "4").param("themes", "6", "13").param("motivation", "To learn."))
                .andExpect(redirectedUrl("/join/sent"));

        Account applicant = accounts.findByEmail(email).orElseThrow();
        assertThat(applicant.getStatus()).isEqualTo(AccountStatus.PENDING_EMAIL);
        assertThat(applicant.getCountryIso2()).isEqualTo("KH");
        assertThat(applicant.getRoles()).containsExactly(Role.VISITOR);
        String storedHash = jdbc.queryForObject("select token_hash from account_token where account_id = ?", String.class, applicant.getId());

        MimeMessage confirmation = TestMail.awaitMessagesTo(email, 1, Duration.ofSeconds(10)).getLast();
        String link = IdentityTestSupport.extractLink(confirmation);
        String token = IdentityTestSupport.extractToken(confirmation);
        assertThat(link).startsWith("http://localhost:8080/join/confirm?token=");
        assertThat(storedHash).isEqualTo(Tokens.hash(token)).doesNotContain(token);

        // Opening the link changes nothing (mail scanners open links); the button does.
        Document page = Html.of(mvc.perform(get(IdentityTestSupport.pathOf(link))).andExpect(status().isOk()));
        assertThat(page.select("form[action=/join/confirm] button")).hasSize(1);
        assertThat(accounts.findByEmail(email).orElseThrow().getStatus()).isEqualTo(AccountStatus.PENDING_EMAIL);
        mvc.perform(post("/join/confirm").with(csrf()).param("token", token).param("password", IdentityTestSupport.PASSWORD))
                .andExpect(redirectedUrl("/login"));
        assertThat(accounts.findByEmail(email).orElseThrow().getStatus()).isEqualTo(AccountStatus.PENDING_APPROVAL);

        // A used link says so clearly.
        Document used = Html.of(mvc.perform(post("/join/confirm").with(csrf()).param("token", token)).andExpect(status().isOk()));
        assertThat(used.select("main").text()).contains("already been used");

        // The applicant can sign in, but sees only the state of the application.
        mvc.perform(formLogin("/login").user("username", email).password("password", IdentityTestSupport.PASSWORD))
                .andExpect(authenticated().withRoles("VISITOR"));
        Document account = Html.of(mvc.perform(get("/account").with(user(users.loadUserByUsername(email)))).andExpect(status().isOk()));
        assertThat(account.select("main").text()).contains("waiting for an administrator");
        mvc.perform(get("/members").with(user(users.loadUserByUsername(email)))).andExpect(status().isForbidden());

        // The admin sees it, oldest first, with what the applicant wrote.
        Document inbox = Html.of(mvc.perform(get("/admin/applications").with(user(users.loadUserByUsername(DEMO_ADMIN)))));
        long applicationId = membership.applicationOf(applicant.getId()).orElseThrow().getId();
        assertThat(inbox.select("#application-" + applicationId).text()).contains("Ana Applicant", email, "Union of Testing",
                "Cambodia", "Workers' organization", "Collective Bargaining", "Wage Policy", "To learn.");

        mvc.perform(post("/admin/applications/" + applicationId + "/approve").with(csrf())
                        .with(user(users.loadUserByUsername(DEMO_ADMIN))))
                .andExpect(redirectedUrl("/admin/applications"));
        Account member = accounts.findByEmail(email).orElseThrow();
        assertThat(member.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(member.getRoles()).containsExactly(Role.MEMBER);
        assertThat(member.getJoinedAt()).isNotNull();
        MimeMessage welcome = TestMail.awaitMessagesTo(email, 2, Duration.ofSeconds(10)).getLast();
        assertThat(welcome.getSubject()).contains("Welcome");

        MembershipApplication decided = membership.applicationOf(member.getId()).orElseThrow();
        assertThat(decided.getDecision()).isEqualTo(MembershipApplication.Decision.APPROVED);
        assertThat(decided.getDecidedBy()).isEqualTo(adminId());
        assertThat(decided.getDecidedAt()).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void aRejectionNeedsAReasonAndTheApplicantReceivesIt() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("reject");
        long applicationId = support.confirmedApplicant(email);
        var admin = user(users.loadUserByUsername(DEMO_ADMIN));

        Document missing = Html.of(mvc.perform(post("/admin/applications/" + applicationId + "/reject").with(csrf()).with(admin)
                .param("reason", "  ")).andExpect(status().isOk()));
        assertThat(missing.select("#application-" + applicationId + " .field-error").text()).contains("Please fill this in");

        mvc.perform(post("/admin/applications/" + applicationId + "/reject").with(csrf()).with(admin)
                        .param("reason", "Not <b>eligible</b> yet"))
                .andExpect(redirectedUrl("/admin/applications"));
        assertThat(accounts.findByEmail(email).orElseThrow().getStatus()).isEqualTo(AccountStatus.REJECTED);
        MimeMessage mail = TestMail.awaitMessagesTo(email, 2, Duration.ofSeconds(10)).getLast();
        assertThat(TestMail.textOf(mail)).contains("Not <b>eligible</b> yet");

        Document account = Html.of(mvc.perform(get("/account").with(user(users.loadUserByUsername(email)))));
        assertThat(account.select("main").text()).contains("not accepted", "Not <b>eligible</b> yet");
    }

    @Test
    void twoAdminsDecidingAtOnceMakeExactlyOneDecision() throws Exception {
        long applicationId = support.confirmedApplicant(IdentityTestSupport.uniqueEmail("race"));
        long first = adminId();
        long second = support.member(IdentityTestSupport.uniqueEmail("admin2"), Role.ADMIN).getId();
        CountDownLatch start = new CountDownLatch(1);
        Callable<MembershipService.DecisionOutcome> approve = () -> {
            start.await();
            return membership.approve(applicationId, first);
        };
        Callable<MembershipService.DecisionOutcome> reject = () -> {
            start.await();
            return membership.reject(applicationId, second, "Duplicate");
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            Future<MembershipService.DecisionOutcome> a = pool.submit(approve);
            Future<MembershipService.DecisionOutcome> b = pool.submit(reject);
            start.countDown();
            List<MembershipService.DecisionOutcome> outcomes = List.of(a.get(), b.get());
            assertThat(outcomes).filteredOn(MembershipService.DecisionOutcome::decided).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.decided()).singleElement()
                    .extracting(MembershipService.DecisionOutcome::alreadyDecidedBy).isNotNull();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_kind = 'account' and action in ('APPROVED','REJECTED') "
                + "and subject_id = (select account_id from membership_application where id = ?)", Integer.class, applicationId))
                .isEqualTo(1);
    }

    @Test
    void bulkApprovalApprovesTheSelectedAndIgnoresNonsense() throws Exception {
        long one = support.confirmedApplicant(IdentityTestSupport.uniqueEmail("bulk1"));
        long two = support.confirmedApplicant(IdentityTestSupport.uniqueEmail("bulk2"));
        long untouched = support.confirmedApplicant(IdentityTestSupport.uniqueEmail("bulk3"));
        mvc.perform(post("/admin/applications/approve").with(csrf()).with(user(users.loadUserByUsername(DEMO_ADMIN)))
                        .param("selected", Long.toString(one), Long.toString(two), Long.toString(two), "abc", "-1"))
                .andExpect(redirectedUrl("/admin/applications"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("noticeArgument", 2));
        assertThat(membership.awaitingDecision()).extracting(MembershipApplication::getId).doesNotContain(one, two).contains(untouched);
    }

    @Test
    void confirmationLinksAreResentOnlyAfterAPause() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("resend");
        long accountId = support.applied(email);
        TestMail.awaitMessagesTo(email, 1, Duration.ofSeconds(10));
        var applicant = user(users.loadUserByUsername(email));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/account/resend-confirmation").with(csrf()).with(applicant)).andExpect(redirectedUrl("/account"));
        }
        jdbc.update("update account_token set created_at = now() - interval '3 minutes' where account_id = ?", accountId);
        mvc.perform(post("/account/resend-confirmation").with(csrf()).with(applicant));
        TestMail.awaitMessagesTo(email, 2, Duration.ofSeconds(10));
        Thread.sleep(500);
        assertThat(TestMail.messagesTo(email)).as("the first mail and one resend, not seven").hasSize(2);
    }

    /**
     * Someone applies with another person's address. When the owner applies too, the first sign-up keeps its password
     * and data (nothing of it is replaced); the owner gets that sign-up's link again, cannot confirm it without its
     * password, and can discard it with the link and then apply with their own details.
     */
    @Test
    void aSecondApplicationNeverReplacesTheFirstAndTheOwnerCanDiscardIt() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("squat");
        long squatter = support.applied(email);
        String squatterHash = accounts.findById(squatter).orElseThrow().getPasswordHash();
        MimeMessage first = TestMail.awaitMessagesTo(email, 1, Duration.ofSeconds(10)).getFirst();
        assertThat(TestMail.textOf(first)).as("nothing the applicant typed").doesNotContain("Test Applicant", "Test Union");

        mvc.perform(ownersApplication(email)).andExpect(redirectedUrl("/join/sent"));
        Account unchanged = accounts.findById(squatter).orElseThrow();
        assertThat(unchanged.getDisplayName()).isEqualTo("Test Applicant");
        assertThat(unchanged.getPasswordHash()).isEqualTo(squatterHash);
        assertThat(unchanged.getOrganization()).isEqualTo("Test Union");
        String token = IdentityTestSupport.extractToken(TestMail.awaitMessagesTo(email, 2, Duration.ofSeconds(10)).getLast());

        Document confirm = Html.of(mvc.perform(get("/join/confirm").param("token", token)).andExpect(status().isOk()));
        assertThat(confirm.select("input[type=password][name=password]")).hasSize(1);
        assertThat(confirm.select("label[for=password]").text()).contains("password you chose");
        Document wrong = Html.of(mvc.perform(post("/join/confirm").with(csrf()).param("token", token)
                .param("password", "the-owners-own-password")).andExpect(status().isOk()));
        assertThat(wrong.select("p[role=alert]").text()).contains("not the password chosen", "discard");
        Document none = Html.of(mvc.perform(post("/join/confirm").with(csrf()).param("token", token)).andExpect(status().isOk()));
        assertThat(none.select("#password-error").text()).contains("enter the password");
        assertThat(accounts.findById(squatter).orElseThrow().getStatus()).isEqualTo(AccountStatus.PENDING_EMAIL);

        Document discarded = Html.of(mvc.perform(post("/join/confirm/discard").with(csrf()).param("token", token))
                .andExpect(status().isOk()));
        assertThat(discarded.select("h1").text()).isEqualTo("Application discarded");
        assertThat(accounts.findById(squatter)).isEmpty();
        Document again = Html.of(mvc.perform(post("/join/confirm/discard").with(csrf()).param("token", token)).andExpect(status().isOk()));
        assertThat(again.select("h1").text()).isEqualTo("This link does not work");

        mvc.perform(ownersApplication(email)).andExpect(redirectedUrl("/join/sent"));
        Account owner = accounts.findByEmail(email).orElseThrow();
        assertThat(owner.getDisplayName()).isEqualTo("Real Owner");
        String ownToken = IdentityTestSupport.extractToken(TestMail.awaitMessagesTo(email, 3, Duration.ofSeconds(10)).getLast());
        mvc.perform(post("/join/confirm").with(csrf()).param("token", ownToken).param("password", "the-owners-own-password"))
                .andExpect(redirectedUrl("/login"));
        assertThat(accounts.findById(owner.getId()).orElseThrow().getStatus()).isEqualTo(AccountStatus.PENDING_APPROVAL);
    }

    /** The address's owner gets at most a few mails however often someone applies with it. */
    @Test
    void applyingAgainAndAgainSendsOnlyAFewMails() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("flood");
        support.applied(email);
        for (int i = 0; i < 8; i++) {
            String client = "198.51.100." + (20 + i); // from many places: the limit is the address's
            mvc.perform(ownersApplication(email).with(request -> {
                request.setRemoteAddr(client);
                return request;
            })).andExpect(redirectedUrl("/join/sent"));
        }
        TestMail.awaitMessagesTo(email, 3, Duration.ofSeconds(10));
        Thread.sleep(1000);
        assertThat(TestMail.messagesTo(email)).as("the first mail and two more, not nine").hasSize(3);
        // Flooding /join with the address does not hold back the reset link its owner asks for.
        mvc.perform(post("/login/forgot").with(csrf()).param("email", email)).andExpect(redirectedUrl("/login"));
        assertThat(TestMail.awaitMessagesTo(email, 4, Duration.ofSeconds(10)).getLast().getSubject()).contains("Reset");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder ownersApplication(String email) {
        return post("/join").with(csrf()).param("name", "Real Owner").param("email", email)
                .param("password", "the-owners-own-password").param("organization", "Own Org").param("country", "TH")
                .param("constituencyGroup", "3").param("motivation", "Mine.");
    }

    @Test
    void expiredAndUnknownConfirmationLinksGetAClearPage() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("expired");
        long accountId = support.applied(email);
        String token = IdentityTestSupport.extractToken(TestMail.awaitMessagesTo(email, 1, Duration.ofSeconds(10)).getLast());
        jdbc.update("update account_token set expires_at = now() - interval '1 minute' where account_id = ?", accountId);

        Document expired = Html.of(mvc.perform(get("/join/confirm").param("token", token)).andExpect(status().isOk()));
        assertThat(expired.select("main").text()).contains("expired");
        for (String bad : new String[] {"", "nonsense", "../../etc/passwd", "x".repeat(5000), "<script>"}) {
            Document page = Html.of(mvc.perform(get("/join/confirm").param("token", bad)).andExpect(status().isOk()));
            assertThat(page.select("h1").text()).isEqualTo("This link does not work");
        }
        assertThat(accounts.findById(accountId).orElseThrow().getStatus()).isEqualTo(AccountStatus.PENDING_EMAIL);
    }
}

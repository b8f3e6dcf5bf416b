package org.apirnet.identity.membership;

import java.time.Duration;

import jakarta.mail.internet.MimeMessage;
import org.apirnet.identity.accounts.Account;
import org.apirnet.identity.accounts.AccountRepository;
import org.apirnet.identity.accounts.AccountStatus;
import org.apirnet.identity.accounts.Role;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class InvitationTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityTestSupport support;

    @Test
    void aPastedListIsSortedIntoInvitedKnownAndMalformedAndKeepsNames() {
        assertThat(InvitationService.parseInvitees("a@x.org, B@X.org;\n Ana Reyes <c@x.org>\n\"Lê Văn Bình\" <D@x.org>\tnot-an-address a@x.org"))
                .containsExactly(new InvitationService.Invitee("a@x.org", null), new InvitationService.Invitee("b@x.org", null),
                        new InvitationService.Invitee("c@x.org", "Ana Reyes"), new InvitationService.Invitee("d@x.org", "Lê Văn Bình"),
                        new InvitationService.Invitee("not-an-address", null));
        assertThat(InvitationService.isAddress("not-an-address")).isFalse();
    }

    /** The mail greets the invitee by the name the admin gave, carries the admin's message, and the form starts with the name. */
    @Test
    void anInvitationGreetsByNameAndCarriesTheAdminsMessage() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("named");
        mvc.perform(post("/admin/invitations").with(csrf()).with(user(users.loadUserByUsername(DEMO_ADMIN)))
                        .param("addresses", "Ana Reyes <" + email + ">").param("constituencyGroup", "1").param("role", "MEMBER")
                        .param("message", "We met at the Manila workshop.\nJoin the wage policy discussion!"))
                .andExpect(redirectedUrl("/admin/invitations"));
        MimeMessage mail = TestMail.awaitMessagesTo(email, 1, Duration.ofSeconds(10)).getFirst();
        String text = TestMail.textOf(mail);
        assertThat(text).contains("Dear Ana Reyes,", "Demo Admin adds:", "> We met at the Manila workshop.", "> Join the wage policy discussion!");
        Document form = Html.of(mvc.perform(get(IdentityTestSupport.pathOf(IdentityTestSupport.extractLink(mail)))).andExpect(status().isOk()));
        assertThat(form.select("#name").val()).isEqualTo("Ana Reyes");
        Document tooLong = Html.of(mvc.perform(post("/admin/invitations").with(csrf()).with(user(users.loadUserByUsername(DEMO_ADMIN)))
                .param("addresses", IdentityTestSupport.uniqueEmail("long")).param("constituencyGroup", "1").param("role", "MEMBER")
                .param("message", "x".repeat(1001))).andExpect(status().isOk()));
        assertThat(tooLong.select("#message-error").text()).isNotBlank();
        assertThat(tooLong.select("#message").text()).hasSize(1001);
    }

    @Test
    void invitedPeopleJoinAlreadyApprovedWithTheChosenRole() throws Exception {
        String first = IdentityTestSupport.uniqueEmail("invited");
        String second = IdentityTestSupport.uniqueEmail("invited");
        var admin = user(users.loadUserByUsername(DEMO_ADMIN));
        mvc.perform(post("/admin/invitations").with(csrf()).with(admin)
                        .param("addresses", first + "\n" + second.toUpperCase() + ", " + DEMO_MEMBER + "; oops")
                        .param("constituencyGroup", "1").param("role", "EDITOR"))
                .andExpect(redirectedUrl("/admin/invitations"))
                .andExpect(flash().attribute("batch", new InvitationService.BatchResult(java.util.List.of(first, second),
                        java.util.List.of(DEMO_MEMBER), java.util.List.of(), java.util.List.of("oops"))));

        // Inviting again while open: reported, not duplicated.
        mvc.perform(post("/admin/invitations").with(csrf()).with(admin).param("addresses", first)
                        .param("constituencyGroup", "1").param("role", "EDITOR"))
                .andExpect(flash().attribute("batch", new InvitationService.BatchResult(java.util.List.of(),
                        java.util.List.of(), java.util.List.of(first), java.util.List.of())));

        MimeMessage mail = TestMail.awaitMessagesTo(first, 1, Duration.ofSeconds(10)).getLast();
        assertThat(TestMail.textOf(mail)).contains("Demo Admin");
        String link = IdentityTestSupport.extractLink(mail);
        String token = IdentityTestSupport.extractToken(mail);
        Document form = Html.of(mvc.perform(get(IdentityTestSupport.pathOf(link))).andExpect(status().isOk()));
        assertThat(form.select("main").text()).contains(first);

        Document invalid = Html.of(mvc.perform(post("/invitation").with(csrf()).param("token", token).param("name", "")
                .param("password", "short").param("organization", "ILO").param("country", "XX")).andExpect(status().isOk()));
        assertThat(invalid.select("#name-error, #password-error, #country-error")).hasSize(3);
        assertThat(invalid.select("#organization").val()).isEqualTo("ILO");

        mvc.perform(post("/invitation").with(csrf()).param("token", token).param("name", "Ines Invited")
                        .param("password", IdentityTestSupport.PASSWORD).param("organization", "ILO Jakarta")
                        .param("country", "ID").param("themes", "1"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated()
                        .withUsername(first));
        Account joined = accounts.findByEmail(first).orElseThrow();
        assertThat(joined.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(joined.getRoles()).containsExactlyInAnyOrder(Role.MEMBER, Role.EDITOR);
        assertThat(joined.getConstituencyGroupId()).isEqualTo((short) 1);
        mvc.perform(formLogin("/login").user("username", first).password("password", IdentityTestSupport.PASSWORD))
                .andExpect(authenticated().withRoles("MEMBER", "EDITOR"));

        Document used = Html.of(mvc.perform(get(IdentityTestSupport.pathOf(link))).andExpect(status().isOk()));
        assertThat(used.select("main").text()).contains("already been accepted");
    }

    @Test
    void revokedAndResentInvitationsKillTheOldLink() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("revoke");
        var admin = user(users.loadUserByUsername(DEMO_ADMIN));
        mvc.perform(post("/admin/invitations").with(csrf()).with(admin).param("addresses", email)
                .param("constituencyGroup", "3").param("role", "MEMBER"));
        String firstLink = IdentityTestSupport.extractLink(TestMail.awaitMessagesTo(email, 1, Duration.ofSeconds(10)).getLast());
        long id = jdbc.queryForObject("select id from invitation where email = ?", Long.class, email);

        // Expired: a clear page; re-sending gives a new link and the old one stops working.
        jdbc.update("update invitation set expires_at = now() - interval '1 day' where id = ?", id);
        assertThat(Html.of(mvc.perform(get(IdentityTestSupport.pathOf(firstLink)))).select("main").text()).contains("expired");
        mvc.perform(post("/admin/invitations/" + id + "/resend").with(csrf()).with(admin)).andExpect(redirectedUrl("/admin/invitations"));
        String secondLink = IdentityTestSupport.extractLink(TestMail.awaitMessagesTo(email, 2, Duration.ofSeconds(10)).getLast());
        assertThat(secondLink).isNotEqualTo(firstLink);
        assertThat(Html.of(mvc.perform(get(IdentityTestSupport.pathOf(firstLink)))).select("h1").text()).isEqualTo("This link does not work");
        assertThat(Html.of(mvc.perform(get(IdentityTestSupport.pathOf(secondLink)))).select("form[action=/invitation]")).hasSize(1);

        mvc.perform(post("/admin/invitations/" + id + "/revoke").with(csrf()).with(admin));
        assertThat(Html.of(mvc.perform(get(IdentityTestSupport.pathOf(secondLink)))).select("main").text()).contains("withdrawn");
        mvc.perform(post("/admin/invitations/abc/revoke").with(csrf()).with(admin)).andExpect(status().isNotFound());
    }

    @Test
    void anInvitationDiesWithItsInvitersAdminRole() throws Exception {
        String inviterEmail = IdentityTestSupport.uniqueEmail("inviter");
        Account inviter = support.member(inviterEmail, Role.ADMIN);
        String email = IdentityTestSupport.uniqueEmail("orphan");
        mvc.perform(post("/admin/invitations").with(csrf()).with(user(users.loadUserByUsername(inviterEmail)))
                .param("addresses", email).param("constituencyGroup", "1").param("role", "ADMIN"));
        String token = IdentityTestSupport.extractToken(TestMail.awaitMessagesTo(email, 1, Duration.ofSeconds(10)).getLast());
        jdbc.update("delete from account_role where account_id = ? and role_name = 'ADMIN'", inviter.getId());

        Document page = Html.of(mvc.perform(post("/invitation").with(csrf()).param("token", token).param("name", "Would-be Admin")
                .param("password", IdentityTestSupport.PASSWORD).param("organization", "X").param("country", "TH")));
        assertThat(page.select("main").text()).contains("withdrawn");
        assertThat(accounts.existsByEmail(email)).isFalse();
    }

    @Test
    void theInviteFormExplainsWhatIsWrong() throws Exception {
        Document page = Html.of(mvc.perform(post("/admin/invitations").with(csrf()).with(user(users.loadUserByUsername(DEMO_ADMIN)))
                .param("addresses", "").param("constituencyGroup", "77").param("role", "VISITOR")).andExpect(status().isOk()));
        assertThat(page.select("#addresses-error").text()).isNotBlank();
        assertThat(page.select("#constituencyGroup-error").text()).contains("choose a constituency group");
        assertThat(page.select("#role-error").text()).contains("choose a role");
    }
}

package org.apirnet.identity.accounts;

import java.time.Duration;
import java.util.List;

import org.apirnet.identity.membership.IdentityTestSupport;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.TestMail;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;


import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in, throttling, password reset, profile, roles, suspension and deletion. */
class AccountLifecycleTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityTestSupport support;

    @Autowired
    AccountRepository accounts;

    @Autowired
    AccountService accountService;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private MockHttpSession signIn(String email, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user("username", email).password("password", password))
                .andExpect(authenticated()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** Through the real server: the session cookie issued with the login form is replaced when the person signs in. */
    @Test
    void signingInChangesTheSessionId() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("fixation");
        support.member(email);
        var cookies = new java.net.CookieManager();
        var http = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
        var base = java.net.URI.create("http://localhost:" + port);
        String form = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String csrfToken = org.jsoup.Jsoup.parse(form).select("input[name=_csrf]").val();
        String before = sessionCookie(cookies);
        String body = "username=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(IdentityTestSupport.PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
                + "&_csrf=" + csrfToken;
        var response = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(before).isNotNull();
        assertThat(sessionCookie(cookies)).isNotNull().isNotEqualTo(before);
    }

    private static String sessionCookie(java.net.CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    @Test
    void passwordResetAnswersTheSameForAnyAddressAndMailsOnlyRealAccounts() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("reset");
        support.member(email);
        String unknown = IdentityTestSupport.uniqueEmail("nobody");
        MvcResult known = mvc.perform(post("/login/forgot").with(csrf()).param("email", email)).andReturn();
        MvcResult missing = mvc.perform(post("/login/forgot").with(csrf()).param("email", unknown)).andReturn();
        assertThat(known.getResponse().getRedirectedUrl()).isEqualTo(missing.getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(known.getFlashMap().get("notice")).isEqualTo(missing.getFlashMap().get("notice")).isEqualTo("forgot.sent");

        String link = IdentityTestSupport.extractLink(TestMail.awaitMessagesTo(email, 1, Duration.ofSeconds(10)).getLast());
        assertThat(TestMail.messagesTo(unknown)).isEmpty();
        String token = link.substring(link.indexOf("token=") + 6);

        MockHttpSession oldSession = signIn(email, IdentityTestSupport.PASSWORD);
        mvc.perform(get(IdentityTestSupport.pathOf(link))).andExpect(status().isOk());
        Document tooShort = Html.of(mvc.perform(post("/login/reset").with(csrf()).param("token", token).param("password", "short")));
        assertThat(tooShort.select("#password-error").text()).contains("at least 12");
        mvc.perform(post("/login/reset").with(csrf()).param("token", token).param("password", "a brand new password"))
                .andExpect(redirectedUrl("/login"));
        signIn(email, "a brand new password");
        mvc.perform(get("/account").session(oldSession)).andExpect(redirectedUrl("/login?expired"));

        Document reused = Html.of(mvc.perform(post("/login/reset").with(csrf()).param("token", token).param("password", "another new password")));
        assertThat(reused.select("main").text()).contains("already been used");
    }

    @Test
    void membersEditTheirOwnProfileOnly() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("profile");
        Account member = support.member(email);
        var me = user(users.loadUserByUsername(email));
        mvc.perform(post("/account/profile").with(csrf()).with(me)
                        .param("name", "New Name").param("organization", "New Org").param("jobTitle", "Economist")
                        .param("country", "np").param("constituencyGroup", "6").param("bio", "Works on wages.")
                        .param("visibility", "PUBLIC").param("themes", "13", "16")
                        .param("id", "1").param("email", "hijack@example.org").param("status", "ACTIVE"))
                .andExpect(redirectedUrl("/account"));
        Account saved = accounts.findById(member.getId()).orElseThrow();
        assertThat(saved.getDisplayName()).isEqualTo("New Name");
        assertThat(saved.getCountryIso2()).isEqualTo("NP");
        assertThat(saved.getProfileVisibility()).isEqualTo(ProfileVisibility.PUBLIC);
        assertThat(saved.getThemeIds()).containsExactlyInAnyOrder((short) 13, (short) 16);
        assertThat(saved.getEmail()).as("fields the form does not have cannot be set").isEqualTo(email);

        // A public profile is visible to visitors, without the e-mail address.
        Document profile = Html.of(mvc.perform(get("/members/" + member.getId())).andExpect(status().isOk()));
        assertThat(profile.select("h1").text()).isEqualTo("New Name");
        assertThat(profile.html()).doesNotContain(email);

        Document invalid = Html.of(mvc.perform(post("/account/profile").with(csrf()).with(me)
                .param("name", "").param("organization", "Kept Org").param("country", "ZZ").param("constituencyGroup", "6")
                .param("visibility", "EVERYONE")).andExpect(status().isOk()));
        assertThat(invalid.select("#name-error").text()).isNotBlank();
        assertThat(invalid.select("#country-error").text()).contains("choose a country");
        assertThat(invalid.select("#visibility-error").text()).contains("not one of the choices");
        assertThat(invalid.select("#organization").val()).isEqualTo("Kept Org");
        assertThat(accounts.findById(member.getId()).orElseThrow().getOrganization()).isEqualTo("New Org");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("change");
        support.member(email);
        MockHttpSession session = signIn(email, IdentityTestSupport.PASSWORD);
        Document wrong = Html.of(mvc.perform(post("/account/password").with(csrf()).session(session)
                .param("currentPassword", "not it").param("newPassword", "a changed password")).andExpect(status().isOk()));
        assertThat(wrong.select("#currentPassword-error").text()).contains("not your current password");
        mvc.perform(post("/account/password").with(csrf()).session(session)
                        .param("currentPassword", IdentityTestSupport.PASSWORD).param("newPassword", "a changed password"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").session(session)).andExpect(status().isOk()); // this session stays signed in
        signIn(email, "a changed password");
    }

    @Test
    void suspendingAMemberEndsTheirSessionAtOnce() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("suspend");
        Account member = support.member(email);
        MockHttpSession session = signIn(email, IdentityTestSupport.PASSWORD);
        mvc.perform(get("/members").session(session)).andExpect(status().isOk());

        var admin = user(users.loadUserByUsername(DEMO_ADMIN));
        Document noReason = Html.of(mvc.perform(post("/admin/members/" + member.getId() + "/suspend").with(csrf()).with(admin)
                .param("reason", "")).andExpect(status().isOk()));
        assertThat(noReason.select("#reason-error").text()).isNotBlank();
        mvc.perform(post("/admin/members/" + member.getId() + "/suspend").with(csrf()).with(admin).param("reason", "Spam"))
                .andExpect(redirectedUrl("/admin/members/" + member.getId()));

        mvc.perform(get("/members").session(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(formLogin("/login").user("username", email).password("password", IdentityTestSupport.PASSWORD))
                .andExpect(unauthenticated());
        assertThat(jdbc.queryForObject("select detail from audit_event where subject_kind = 'account' and subject_id = ? and action = 'SUSPENDED'",
                String.class, member.getId())).isEqualTo("Spam");

        mvc.perform(post("/admin/members/" + member.getId() + "/reinstate").with(csrf()).with(admin));
        signIn(email, IdentityTestSupport.PASSWORD);
    }

    @Test
    void adminsGrantAndRemoveRolesButTheLastAdminStays() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("roles");
        Account member = support.member(email);
        var admin = user(users.loadUserByUsername(DEMO_ADMIN));
        mvc.perform(post("/admin/members/" + member.getId() + "/roles").with(csrf()).with(admin).param("role", "EDITOR").param("action", "grant"));
        assertThat(accounts.findById(member.getId()).orElseThrow().getRoles()).contains(Role.EDITOR);
        mvc.perform(post("/admin/members/" + member.getId() + "/roles").with(csrf()).with(admin).param("role", "EDITOR").param("action", "remove"));
        assertThat(accounts.findById(member.getId()).orElseThrow().getRoles()).doesNotContain(Role.EDITOR);
        mvc.perform(post("/admin/members/" + member.getId() + "/roles").with(csrf()).with(admin).param("role", "MEMBER").param("action", "remove"));
        mvc.perform(post("/admin/members/" + member.getId() + "/roles").with(csrf()).with(admin).param("role", "SUPERUSER").param("action", "grant"));
        assertThat(accounts.findById(member.getId()).orElseThrow().getRoles()).containsExactly(Role.MEMBER);

        // Every admin but one is demoted; that one cannot remove their own admin role, be suspended or delete themselves.
        long soleAdmin = accounts.findByEmail(DEMO_ADMIN).orElseThrow().getId();
        List<Long> otherAdmins = jdbc.queryForList("select account_id from account_role r join account a on a.id = r.account_id "
                + "where role_name = 'ADMIN' and a.status = 'ACTIVE' and account_id <> ?", Long.class, soleAdmin);
        jdbc.update("update account_role set role_name = 'EDITOR' where role_name = 'ADMIN' and account_id <> ?", soleAdmin);
        try {
            assertThat(accountService.revoke(soleAdmin, Role.ADMIN, soleAdmin)).isEqualTo(AccountService.RoleChange.LAST_ADMIN);
            assertThat(accountService.suspend(soleAdmin, soleAdmin, "test")).isEqualTo(AccountService.RoleChange.LAST_ADMIN);
            assertThat(accountService.deleteOwnAccount(soleAdmin)).isEqualTo(AccountService.RoleChange.LAST_ADMIN);
            assertThat(accounts.findById(soleAdmin).orElseThrow().getRoles()).contains(Role.ADMIN);
        } finally {
            for (Long id : otherAdmins) {
                jdbc.update("update account_role set role_name = 'ADMIN' where role_name = 'EDITOR' and account_id = ?", id);
            }
        }
    }

    @Test
    void deletingTheAccountRemovesPersonalDataAndSignsOut() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("delete");
        Account member = support.member(email);
        accountService.requestPasswordReset(email); // leaves a mail in the log
        TestMail.awaitMessagesTo(email, 1, Duration.ofSeconds(10));
        MockHttpSession session = signIn(email, IdentityTestSupport.PASSWORD);
        Document wrong = Html.of(mvc.perform(post("/account/delete").with(csrf()).session(session).param("password", "nope"))
                .andExpect(status().isOk()));
        assertThat(wrong.select("#password-error").text()).contains("not your current password");

        mvc.perform(post("/account/delete").with(csrf()).session(session).param("password", IdentityTestSupport.PASSWORD))
                .andExpect(redirectedUrl("/"));
        Account deleted = accounts.findById(member.getId()).orElseThrow();
        assertThat(deleted.getStatus()).isEqualTo(AccountStatus.DELETED);
        assertThat(deleted.getDisplayName()).isEqualTo("Former member");
        assertThat(deleted.getEmail()).doesNotContain(email.substring(0, email.indexOf('@')));
        assertThat(deleted.getOrganization()).isNull();
        assertThat(accounts.existsByEmail(email)).as("the address is free to join again").isFalse();
        mvc.perform(formLogin("/login").user("username", email).password("password", IdentityTestSupport.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(get("/members/" + member.getId()).with(user(users.loadUserByUsername(DEMO_MEMBER)))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ?", Integer.class, email))
                .as("the mail log forgets the former member").isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_kind = 'account' and subject_id = ? and detail is not null",
                Integer.class, member.getId())).isZero();
    }

    @Test
    void hugePageNumbersAreClampedNotErrors() throws Exception {
        mvc.perform(get("/members?page=99999999").with(user(users.loadUserByUsername(DEMO_MEMBER)))).andExpect(status().isOk());
        mvc.perform(get("/admin/members?page=2147483647").with(user(users.loadUserByUsername(DEMO_ADMIN)))).andExpect(status().isOk());
    }
}

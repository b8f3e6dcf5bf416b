package org.apirnet.web;

import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SecurityBaseTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void demoMembersSignInWithTheirEmailAndPassword() throws Exception {
        mvc.perform(formLogin("/login").user("username", DEMO_MEMBER).password("password", DEMO_PASSWORD))
                .andExpect(authenticated().withUsername(DEMO_MEMBER).withRoles("MEMBER"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("username", "  Member@Demo.APIRNET.org ").password("password", DEMO_PASSWORD))
                .andExpect(authenticated().withUsername(DEMO_MEMBER));
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithTheAddressTyped() throws Exception {
        var failed = mvc.perform(formLogin("/login").user("username", DEMO_MEMBER).password("password", "wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) failed.getRequest().getSession();
        Document form = Html.of(mvc.perform(get("/login?error").session(session)).andExpect(status().isOk()));
        assertThat(form.select("p[role=alert]").text()).contains("do not match");
        assertThat(form.select("input[name=username]").val()).isEqualTo(DEMO_MEMBER);
        assertThat(form.select("input[name=password]").val()).isEmpty();
        Document again = Html.of(mvc.perform(get("/login").session(session)));
        assertThat(again.select("input[name=username]").val()).as("kept for one showing only").isEmpty();
    }

    @Test
    void passwordsAreStoredHashedWithTheirAlgorithmNamed() {
        String hash = jdbc.queryForObject("select password_hash from account where email = ?", String.class, DEMO_ADMIN);
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(DEMO_PASSWORD);
    }

    @Test
    void signingOutNeedsTheCsrfToken() throws Exception {
        var member = user(users.loadUserByUsername(DEMO_MEMBER));
        mvc.perform(post("/logout").with(member)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(member).with(csrf()))
                .andExpect(redirectedUrl("/?signedOut"))
                .andExpect(unauthenticated());
    }

    @Test
    void signingInNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", DEMO_MEMBER).param("password", DEMO_PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void adminPagesSendVisitorsToSignInAndForbidOtherRoles() throws Exception {
        mvc.perform(get("/admin/anything")).andExpect(redirectedUrl("/login"));
        for (String email : new String[] {DEMO_MEMBER, DEMO_MODERATOR, DEMO_EDITOR}) {
            mvc.perform(get("/admin/anything").with(user(users.loadUserByUsername(email))))
                    .andExpect(status().isForbidden()); // the page itself: AccessibilityTests, through the real server
        }
        mvc.perform(get("/admin/anything").accept(MediaType.TEXT_HTML).with(user(users.loadUserByUsername(DEMO_ADMIN))))
                .andExpect(status().isNotFound()); // allowed through; no admin page exists at that path
    }

    @Test
    void theSignedInPersonIsGreetedByName() throws Exception {
        Document page = Html.of(mvc.perform(get("/").with(user(users.loadUserByUsername(DEMO_EDITOR)))));
        assertThat(page.select(".account").text()).contains("Signed in as Demo Editor");
        assertThat(page.select("form[action=/logout][method=post] input[name=_csrf]")).hasSize(1);
    }

    @Test
    void healthIsPublicAndReportsTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"status\":\"UP\"")));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
            "/actuator/loggers", "/actuator/mappings"})
    void everyOtherActuatorEndpointIsClosedEvenToAdmins(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(get(path).with(user(users.loadUserByUsername(DEMO_ADMIN)))).andExpect(status().isForbidden());
    }
}

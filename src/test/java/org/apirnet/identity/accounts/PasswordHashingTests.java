package org.apirnet.identity.accounts;

import java.time.Duration;

import org.apirnet.identity.membership.IdentityTestSupport;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Passwords of any allowed length work everywhere (BCrypt stopped at 72 bytes); old hashes are upgraded at sign-in. */
class PasswordHashingTests extends PortalIntegrationTest {

    /** 128 characters, 256 bytes in UTF-8: far past BCrypt's 72. */
    private static final String LONG_PASSWORD = "ĐoànKết-".repeat(16);

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityTestSupport support;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void aLongPasswordWorksForJoiningResettingAndChanging() throws Exception {
        assertThat(LONG_PASSWORD).hasSize(128);
        String email = IdentityTestSupport.uniqueEmail("long");
        mvc.perform(post("/join").with(csrf()).param("name", "Long Password").param("email", email).param("password", LONG_PASSWORD)
                .param("organization", "Org").param("country", "VN").param("constituencyGroup", "3").param("motivation", "Long."))
                .andExpect(redirectedUrl("/join/sent"));
        Account applicant = accounts.findByEmail(email).orElseThrow();
        assertThat(applicant.getPasswordHash()).startsWith("{argon2}");
        mvc.perform(formLogin("/login").user("username", email).password("password", LONG_PASSWORD)).andExpect(authenticated());

        mvc.perform(post("/login/forgot").with(csrf()).param("email", email)).andExpect(redirectedUrl("/login"));
        String token = IdentityTestSupport.extractToken(TestMail.awaitMessagesTo(email, 2, Duration.ofSeconds(10)).getLast());
        String other = LONG_PASSWORD.replace('-', '+');
        mvc.perform(post("/login/reset").with(csrf()).param("token", token).param("password", other)).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin("/login").user("username", email).password("password", other)).andExpect(authenticated());

        mvc.perform(post("/account/password").with(csrf()).with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(email)))
                        .param("currentPassword", other).param("newPassword", LONG_PASSWORD))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(formLogin("/login").user("username", email).password("password", LONG_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aBcryptHashIsReplacedByArgon2AtTheNextSignIn() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("upgrade");
        Account member = support.member(email);
        jdbc.update("update account set password_hash = ? where id = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode(IdentityTestSupport.PASSWORD), member.getId());
        mvc.perform(formLogin("/login").user("username", email).password("password", "x".repeat(100)))
                .andExpect(redirectedUrl("/login?error")); // a long wrong password against a BCrypt hash: a failure, no 500
        mvc.perform(formLogin("/login").user("username", email).password("password", IdentityTestSupport.PASSWORD))
                .andExpect(authenticated());
        assertThat(jdbc.queryForObject("select password_hash from account where id = ?", String.class, member.getId()))
                .startsWith("{argon2}");
        mvc.perform(formLogin("/login").user("username", email).password("password", IdentityTestSupport.PASSWORD))
                .andExpect(authenticated());
    }
}

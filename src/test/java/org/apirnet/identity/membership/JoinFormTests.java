package org.apirnet.identity.membership;

import java.time.Duration;

import org.apirnet.identity.accounts.AccountRepository;
import org.apirnet.identity.accounts.AccountStatus;
import org.apirnet.identity.accounts.CommonPasswords;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.TestMail;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input at /join: a message on each field, everything typed kept (but the password), nothing saved. */
class JoinFormTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    IdentityTestSupport support;

    /** A valid application with some fields replaced (each override replaces, never adds, a parameter). */
    private MockHttpServletRequestBuilder application(String email, String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(java.util.Map.of("name", "Bad Input", "email", email,
                "password", IdentityTestSupport.PASSWORD, "organization", "Org", "jobTitle", "", "country", "TH",
                "constituencyGroup", "3", "themes", "1", "motivation", "Because."));
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/join").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private Document rejected(MockHttpServletRequestBuilder request) throws Exception {
        Document page = Html.of(mvc.perform(request).andExpect(status().isOk()));
        assertThat(page.select("form[action=/join] p[role=alert]")).as("error summary").hasSize(1);
        return page;
    }

    private static String errorOf(Document page, String field) {
        return page.select("#" + field + "-error").text();
    }

    /** The page never tells whether an address has an account; the mail tells its owner, greeted by their own name. */
    @Test
    void anAddressWithAnAccountGetsTheSameAnswerAndItsOwnerAMail() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("existing");
        support.member(email);
        String fresh = IdentityTestSupport.uniqueEmail("fresh");
        String answerForExisting = mvc.perform(application(" " + email.toUpperCase() + " ", "password", "a-fine-long-password"))
                .andExpect(redirectedUrl("/join/sent")).andReturn().getResponse().getRedirectedUrl();
        String answerForNew = mvc.perform(application(fresh, "password", "a-fine-long-password"))
                .andExpect(redirectedUrl("/join/sent")).andReturn().getResponse().getRedirectedUrl();
        assertThat(answerForExisting).isEqualTo(answerForNew);
        String mail = TestMail.textOf(TestMail.awaitMessagesTo(email, 1, Duration.ofSeconds(10)).getFirst());
        assertThat(mail).contains("already has an account", "/login/forgot", "Dear Member " + email.substring(0, 6))
                .doesNotContain("Bad Input");
        assertThat(accounts.findByEmail(email).orElseThrow().getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void commonPasswordsAreRefusedAndTheListIsLarge() throws Exception {
        assertThat(CommonPasswords.listed()).isGreaterThanOrEqualTo(100_000);
        for (String common : new String[] {"qwertyqwerty", "Password1234", "1q2w3e4r5t6y"}) {
            Document page = rejected(application(IdentityTestSupport.uniqueEmail("common"), "password", common));
            assertThat(errorOf(page, "password")).as(common).contains("100,000", "choose another");
            assertThat(page.select("#name").val()).isEqualTo("Bad Input");
        }
    }

    @Test
    void namesLoseBidiControls() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("bidi");
        mvc.perform(application(email, "name", "Ana \u202Enimda\u202C Reyes\u200F")).andExpect(redirectedUrl("/join/sent"));
        assertThat(accounts.findByEmail(email).orElseThrow().getDisplayName()).isEqualTo("Ana nimda Reyes");
    }

    /** Too many applications from one client address: a message, and the form as it was typed. */
    @Test
    void applicationsFromOneClientAreLimited() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(application(IdentityTestSupport.uniqueEmail("office")).with(fromClient("203.0.113.99")))
                    .andExpect(redirectedUrl("/join/sent"));
        }
        Document page = Html.of(mvc.perform(application(IdentityTestSupport.uniqueEmail("office")).with(fromClient("203.0.113.99")))
                .andExpect(status().isOk()));
        assertThat(page.select("p[role=alert]").text()).contains("Many applications have come from your network", "minutes");
        assertThat(page.select("#name").val()).isEqualTo("Bad Input");
        mvc.perform(application(IdentityTestSupport.uniqueEmail("elsewhere")).with(fromClient("203.0.113.100")))
                .andExpect(redirectedUrl("/join/sent"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor fromClient(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void malformedAddressesAreRefused() throws Exception {
        for (String bad : new String[] {"not-an-address", "a@b", "two@@example.org", "spaces in@example.org"}) {
            Document page = rejected(application(bad));
            assertThat(errorOf(page, "email")).as(bad).contains("e-mail address such as");
            assertThat(page.select("#email").val()).isEqualTo(bad);
        }
    }

    @Test
    void overlongFieldsAndAShortPasswordGetTheirOwnMessages() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("long");
        Document page = rejected(application(email, "name", "n".repeat(121), "organization", "o".repeat(201),
                "password", "short", "motivation", "m".repeat(2001)));
        assertThat(errorOf(page, "name")).contains("at most 120");
        assertThat(errorOf(page, "organization")).contains("at most 200");
        assertThat(errorOf(page, "motivation")).contains("at most 2000");
        assertThat(errorOf(page, "password")).contains("at least 12");
        assertThat(accounts.existsByEmail(email)).isFalse();
    }

    @Test
    void referencesThatTheListsNeverOfferedAreRefused() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("refs");
        Document page = rejected(application(email, "country", "ZZ", "constituencyGroup", "99", "themes", "999")); // no such country anywhere
        assertThat(errorOf(page, "country")).contains("choose a country");
        assertThat(errorOf(page, "constituencyGroup")).contains("choose a constituency group");
        assertThat(errorOf(page, "themes")).contains("choose themes");

        Document garbage = rejected(application(email, "constituencyGroup", "abc", "themes", "x"));
        assertThat(errorOf(garbage, "constituencyGroup")).contains("choose a constituency group");
        assertThat(errorOf(garbage, "themes")).contains("choose themes");
        assertThat(accounts.existsByEmail(email)).isFalse();
    }

    @Test
    void emptyRequiredFieldsAreNamed() throws Exception {
        Document page = rejected(post("/join").with(csrf()));
        for (String field : new String[] {"name", "email", "password", "organization", "country", "constituencyGroup", "motivation"}) {
            assertThat(errorOf(page, field)).as(field).isNotBlank();
            assertThat(page.select("#" + field).attr("aria-describedby")).as(field).contains(field + "-error");
        }
    }
}

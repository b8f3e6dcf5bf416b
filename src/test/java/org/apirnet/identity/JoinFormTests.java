package org.apirnet.identity;

import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input at /join: a message on each field, everything typed kept (but the password), nothing saved. */
class JoinFormTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

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

    @Test
    void aDuplicateAddressIsRefusedWithAWayForward() throws Exception {
        Document page = rejected(application(" " + DEMO_MEMBER.toUpperCase() + " "));
        assertThat(errorOf(page, "email")).contains("already exists", "reset your password");
        assertThat(page.select("#name").val()).isEqualTo("Bad Input");
        assertThat(page.select("#password").val()).as("passwords are never sent back").isEmpty();
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
        Document page = rejected(application(email, "country", "US", "constituencyGroup", "99", "themes", "999"));
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

package org.apirnet.review;

import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One inbox over every module's pending items, each offered only to those who may decide it. */
class ReviewInboxTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private Document inboxOf(String email) throws Exception {
        return Html.of(mvc.perform(get("/review").with(user(users.loadUserByUsername(email)))).andExpect(status().isOk()));
    }

    @Test
    void editorsSeeSubmissionsAndAdminsAlsoSeeApplications() throws Exception {
        mvc.perform(multipart("/library/submit").param("title", "Submitted for the inbox").param("summary", "A member's report")
                        .param("type", "research").param("themes", "3").param("language", "en")
                        .param("externalUrl", "https://example.org/report").param("visibility", "PUBLIC").with(csrf())
                        .with(user(users.loadUserByUsername(DEMO_MEMBER))))
                .andExpect(status().is3xxRedirection());

        Document home = Html.of(mvc.perform(get("/").with(user(users.loadUserByUsername(DEMO_EDITOR)))).andExpect(status().isOk()));
        assertThat(home.select("header a.waiting[href=/review]").text()).as("the header says what waits").matches("\\d+ waits? for you");
        Document memberHome = Html.of(mvc.perform(get("/").with(user(users.loadUserByUsername(DEMO_MEMBER)))).andExpect(status().isOk()));
        assertThat(memberHome.select("header a.waiting")).isEmpty();

        Document editor = inboxOf(DEMO_EDITOR);
        assertThat(editor.select("tr:contains(Submitted for the inbox)").text()).contains("Library submission", "Demo Member");
        assertThat(editor.select("tr:contains(Membership application)")).as("applications are for admins").isEmpty();
        assertThat(editor.select("a:contains(Submitted for the inbox)").attr("href")).startsWith("/library/submissions#submission-");

        Document admin = inboxOf(DEMO_ADMIN);
        assertThat(admin.select("tr:contains(Membership application)")).as("the demo applicants").isNotEmpty();
        assertThat(admin.select("tr:contains(Submitted for the inbox)")).isNotEmpty();
        assertThat(admin.select("td time").eachAttr("datetime").stream().map(java.time.Instant::parse).toList())
                .as("the longest-waiting first").isSorted();
    }

    @Test
    void membersAndVisitorsHaveNoInbox() throws Exception {
        mvc.perform(get("/review").with(user(users.loadUserByUsername(DEMO_MEMBER)))).andExpect(status().isForbidden());
        mvc.perform(get("/review")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void reviewersFindTheInboxFromTheirAccountPage() throws Exception {
        Document editor = Html.of(mvc.perform(get("/account").with(user(users.loadUserByUsername(DEMO_EDITOR)))).andExpect(status().isOk()));
        assertThat(editor.select("#inbox-heading").text()).isEqualTo("Waiting for a decision");
        assertThat(editor.select("section:has(#inbox-heading) a").attr("href")).isEqualTo("/review");
        Document member = Html.of(mvc.perform(get("/account").with(user(users.loadUserByUsername(DEMO_MEMBER)))).andExpect(status().isOk()));
        assertThat(member.select("#inbox-heading")).isEmpty();
    }
}

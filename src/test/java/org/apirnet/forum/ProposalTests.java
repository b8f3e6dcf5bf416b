package org.apirnet.forum;

import java.time.Duration;

import org.apirnet.identity.membership.IdentityTestSupport;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.TestMail;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.apirnet.forum.ForumTestSupport.idFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Members propose and support topics; editors take one up as a draft discussion or decline it. */
class ProposalTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ForumTestSupport forum;

    @Autowired
    IdentityTestSupport identity;

    private long propose(String email, String title) throws Exception {
        return idFrom(mvc.perform(post("/discussions/proposals").with(csrf()).with(forum.as(email))
                .param("title", title).param("why", "Every country of the region faces it.")
                .param("themes", "11").param("countries", "np", "bd")).andReturn(), "/discussions/proposals/");
    }

    @Test
    void membersProposeAndSupportOnceAndAnEditorTakesTheTopicUp() throws Exception {
        long id = propose(DEMO_MEMBER, "Social protection for informal workers");
        mvc.perform(post("/discussions/proposals/" + id + "/support").with(csrf()).with(forum.as("siriporn@demo.apirnet.org")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/discussions/proposals/" + id + "/support").with(csrf()).with(forum.as("siriporn@demo.apirnet.org")))
                .andExpect(status().is3xxRedirection());
        Document page = Html.of(mvc.perform(get("/discussions/proposals/" + id)).andExpect(status().isOk()));
        assertThat(page.select("#support-heading").text()).as("the proposer and one supporter, once each").isEqualTo("2 supporters");
        assertThat(page.select(".counts").text()).contains("Government: 1", "Thailand: 1", "Viet Nam: 1");
        assertThat(page.select(".editor-panel")).as("visitors see no editor tools").isEmpty();

        Document form = Html.of(mvc.perform(get("/discussions/new?proposal=" + id).with(forum.as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(form.select("#title").val()).isEqualTo("Social protection for informal workers");
        assertThat(form.select("input[name=proposal]").val()).isEqualTo(String.valueOf(id));
        long discussion = idFrom(mvc.perform(forum.form("/discussions/new", "Social protection for informal workers",
                forum.accountId(DEMO_MODERATOR)).param("proposal", String.valueOf(id)).with(forum.as(DEMO_EDITOR))).andReturn(), "/discussions/");
        assertThat(jdbc.queryForObject("select discussion_id from topic_proposal where id = ?", Long.class, id)).isEqualTo(discussion);
        Document linked = Html.of(mvc.perform(get("/discussions/" + discussion).with(forum.as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(linked.select("a[href=/discussions/proposals/" + id + "]")).isNotEmpty();
        assertThat(Html.of(mvc.perform(get("/discussions/proposals/" + id))).select(".meta strong").text()).isEqualTo("Taken up as a discussion");
    }

    @Test
    void aDeclinedProposalShowsTheReasonAndOnlyEditorsDecide() throws Exception {
        String proposer = IdentityTestSupport.uniqueEmail("proposer");
        identity.member(proposer);
        long id = propose(proposer, "A topic for elsewhere");
        TestMail.reset();
        mvc.perform(post("/discussions/proposals/" + id + "/decline").with(csrf()).with(forum.as(DEMO_MEMBER)).param("reason", "No"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/discussions/proposals/" + id + "/decline").with(csrf()).param("reason", "No"))
                .andExpect(status().is3xxRedirection());
        Document empty = Html.of(mvc.perform(post("/discussions/proposals/" + id + "/decline").with(csrf()).with(forum.as(DEMO_EDITOR))
                .param("reason", " ")).andExpect(status().isOk()));
        assertThat(empty.select("#reason-error").text()).isNotBlank();
        mvc.perform(post("/discussions/proposals/" + id + "/decline").with(csrf()).with(forum.as(DEMO_EDITOR))
                .param("reason", "Covered by last year's discussion.")).andExpect(status().is3xxRedirection());
        Document page = Html.of(mvc.perform(get("/discussions/proposals/" + id)).andExpect(status().isOk()));
        assertThat(page.select(".notice").text()).contains("Covered by last year's discussion.");
        // The proposer is told by mail, once, with the reason and a link back to the proposal.
        var mails = TestMail.awaitMessagesTo(proposer, 1, Duration.ofSeconds(10));
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Your topic proposal on AP-IRNet");
        assertThat(TestMail.textOf(mails.getFirst())).contains("A topic for elsewhere", "Covered by last year's discussion.",
                "/discussions/proposals/" + id);
        assertThat(jdbc.queryForObject("select status from topic_proposal where id = ?", String.class, id)).isEqualTo("DECLINED");
        mvc.perform(get("/discussions/new?proposal=" + id).with(forum.as(DEMO_EDITOR))).andExpect(status().isOk());
        assertThat(Html.of(mvc.perform(get("/discussions/new?proposal=" + id).with(forum.as(DEMO_EDITOR))))
                .select("input[name=proposal]")).as("a decided proposal is not taken up again").isEmpty();
    }

    @Test
    void aProposalNeedsAThemeAndKeepsWhatWasTyped() throws Exception {
        Document page = Html.of(mvc.perform(post("/discussions/proposals").with(csrf()).with(forum.as(DEMO_MEMBER))
                .param("title", "Untagged topic").param("why", "").param("countries", "zz")).andExpect(status().isOk()));
        assertThat(page.select("#themes-error").text()).isNotBlank();
        assertThat(page.select("#why-error").text()).isNotBlank();
        assertThat(page.select("#title").val()).isEqualTo("Untagged topic");
        mvc.perform(post("/discussions/proposals").with(csrf()).param("title", "x").param("why", "y").param("themes", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from topic_proposal where title in ('Untagged topic', 'x')", Long.class)).isZero();
        mvc.perform(get("/discussions/proposals/abc")).andExpect(status().isNotFound());
        mvc.perform(get("/discussions/proposals/999999")).andExpect(status().isNotFound());
    }
}

package org.apirnet.forum;

import org.apirnet.identity.membership.IdentityTestSupport;
import org.apirnet.library.LibraryTestFiles;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A reply's file, downloaded exactly by those who may see the reply, and its citation of a library resource. */
class ReplyAttachmentTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ForumTestSupport forum;

    @Autowired
    IdentityTestSupport identity;

    @AfterEach
    void putTheClockBack() {
        forum.resetClock();
    }

    /** An open discussion with one question; its id and the question's. */
    private long[] openDiscussion(String title, String... overrides) throws Exception {
        long id = forum.scheduled(title, DEMO_EDITOR, DEMO_MODERATOR, overrides);
        forum.passHours(2);
        mvc.perform(post("/discussions/" + id + "/questions").with(csrf()).with(forum.as(DEMO_MODERATOR))
                .param("title", "What have you seen?").param("body", "Share documents.")).andExpect(status().is3xxRedirection());
        return new long[] {id, forum.questionOf(id, 1)};
    }

    private int download(String path, String email) throws Exception {
        var request = get(path);
        if (email != null) {
            request.with(forum.as(email));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void aRepliesFileIsDownloadedByWhoeverMaySeeTheReplyAndNobodyElse() throws Exception {
        long[] d = openDiscussion("Minutes of wage board meetings");
        String author = IdentityTestSupport.uniqueEmail("file-author");
        identity.member(author);
        String other = IdentityTestSupport.uniqueEmail("file-reader");
        identity.member(other);
        mvc.perform(forum.reply(d[0], d[1], "The minutes are attached.",
                ForumTestSupport.textFile("../minutes 2025.txt", "Minutes of the wage board, March 2025")).with(forum.as(author)))
                .andExpect(status().is3xxRedirection());
        long reply = forum.lastReplyOf(d[0], forum.accountId(author));
        String path = "/discussions/" + d[0] + "/replies/" + reply + "/file";

        // Waiting for approval: the file is its author's and the moderators' only, and a 404 to everyone else.
        MvcResult own = mvc.perform(get(path).with(forum.as(author))).andExpect(status().isOk()).andReturn();
        assertThat(own.getResponse().getContentAsString()).isEqualTo("Minutes of the wage board, March 2025");
        assertThat(own.getResponse().getHeader("Content-Disposition")).contains("attachment").contains("minutes");
        assertThat(own.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(download(path, other)).as("another member, before publication").isEqualTo(404);
        assertThat(download(path, null)).as("a visitor, before publication").isEqualTo(404);
        assertThat(download(path, DEMO_EDITOR)).as("an editor who does not moderate it").isEqualTo(404);
        assertThat(download(path, DEMO_MODERATOR)).as("its moderator").isEqualTo(200);
        assertThat(download(path, DEMO_ADMIN)).as("an admin").isEqualTo(200);
        Document queue = Html.of(mvc.perform(get("/discussions/" + d[0] + "/moderation").with(forum.as(DEMO_MODERATOR)))
                .andExpect(status().isOk()));
        assertThat(queue.select("#reply-" + reply + " .reply-file a").attr("href")).as("the moderator sees the file in the queue")
                .isEqualTo(path);
        assertThat(queue.select("#reply-" + reply + " .reply-file").text()).contains("minutes 2025.txt", "Text", "B");
        assertThat(download("/discussions/" + d[0] + "/replies/" + reply + "0/file", DEMO_MODERATOR)).as("no such reply").isEqualTo(404);

        mvc.perform(post("/discussions/" + d[0] + "/replies/" + reply + "/approve").with(csrf()).with(forum.as(DEMO_MODERATOR)))
                .andExpect(status().is3xxRedirection());
        assertThat(download(path, other)).as("another member, once published").isEqualTo(200);
        MvcResult visitor = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        assertThat(visitor.getResponse().getContentAsString()).isEqualTo("Minutes of the wage board, March 2025");
        assertThat(visitor.getResponse().getHeader("Cache-Control")).as("anyone may see it now").contains("public");
        Document page = Html.of(mvc.perform(get("/discussions/" + d[0])).andExpect(status().isOk()));
        assertThat(page.select("#reply-" + reply + " .reply-file a").attr("href")).isEqualTo(path);
        assertThat(page.select("#reply-" + reply + " .reply-file").text()).contains("minutes 2025.txt", "(Text, 37 B)");

        // A reply without a file has none to download; a file of another discussion's reply is not found here.
        mvc.perform(forum.reply(d[0], d[1], "No file this time.", null).with(forum.as(other))).andExpect(status().is3xxRedirection());
        long plain = forum.lastReplyOf(d[0], forum.accountId(other));
        assertThat(download("/discussions/" + d[0] + "/replies/" + plain + "/file", DEMO_MODERATOR)).isEqualTo(404);
        long[] elsewhere = openDiscussion("Another discussion for file paths");
        assertThat(download("/discussions/" + elsewhere[0] + "/replies/" + reply + "/file", DEMO_MODERATOR)).isEqualTo(404);

        // Taken down: its author still has it, others no longer.
        mvc.perform(post("/discussions/" + d[0] + "/replies/" + reply + "/reject").with(csrf()).with(forum.as(DEMO_MODERATOR))
                .param("reason", "Personal data in the minutes.")).andExpect(status().is3xxRedirection());
        assertThat(download(path, author)).isEqualTo(200);
        assertThat(download(path, other)).isEqualTo(404);
        assertThat(download(path, null)).isEqualTo(404);
    }

    @Test
    void aMembersOnlyDiscussionsFilesAreNotForVisitors() throws Exception {
        long[] d = openDiscussion("Members-only file discussion", "visibility", "MEMBERS", "replyPolicy", "PUBLISH_AT_ONCE");
        mvc.perform(forum.reply(d[0], d[1], "Attached.", ForumTestSupport.textFile("note.txt", "members only note"))
                .with(forum.as(DEMO_MEMBER))).andExpect(status().is3xxRedirection());
        long reply = forum.lastReplyOf(d[0], forum.accountId(DEMO_MEMBER));
        String path = "/discussions/" + d[0] + "/replies/" + reply + "/file";
        assertThat(download(path, null)).isEqualTo(404);
        MvcResult member = mvc.perform(get(path).with(forum.as("siriporn@demo.apirnet.org"))).andExpect(status().isOk()).andReturn();
        assertThat(member.getResponse().getHeader("Cache-Control")).as("not for shared caches").contains("no-store");
    }

    @Test
    void aRefusedFileComesBackWithTheTextAndNothingIsKept() throws Exception {
        long[] d = openDiscussion("Refused reply files");
        String member = IdentityTestSupport.uniqueEmail("refused-file");
        identity.member(member);
        long memberId = forum.accountId(member);

        Document renamed = Html.of(mvc.perform(forum.reply(d[0], d[1], "My **long** reply, typed with care.",
                new MockMultipartFile("file", "report.pdf", "application/pdf", LibraryTestFiles.executable()),
                "cites", "").with(forum.as(member))).andExpect(status().isOk()));
        assertThat(renamed.select("#reply-file-" + d[1] + "-error").text()).contains("report.pdf", "not a PDF");
        assertThat(renamed.select("#reply-file-" + d[1]).attr("aria-describedby")).contains("reply-file-" + d[1] + "-error");
        assertThat(renamed.select("#reply-body-" + d[1]).text()).isEqualTo("My **long** reply, typed with care.");
        assertThat(renamed.select("form.reply-form").attr("enctype")).isEqualTo("multipart/form-data");

        Document large = Html.of(mvc.perform(forum.reply(d[0], d[1], "Typed again.",
                new MockMultipartFile("file", "big.txt", "text/plain", new byte[3 * 1024 * 1024 + 1])).with(forum.as(member)))
                .andExpect(status().isOk()));
        assertThat(large.select("#reply-file-" + d[1] + "-error").text()).contains("big.txt", "larger than 3 MB");
        assertThat(large.select("#reply-body-" + d[1]).text()).isEqualTo("Typed again.");

        // A text the form refuses (empty) asks for the file again: browsers do not send it twice.
        Document empty = Html.of(mvc.perform(forum.reply(d[0], d[1], " ", ForumTestSupport.textFile("fine.txt", "fine"))
                .with(forum.as(member))).andExpect(status().isOk()));
        assertThat(empty.select("#body-error").text()).isNotBlank();
        assertThat(empty.select("#reply-file-" + d[1] + "-error").text()).contains("choose the file again");
        assertThat(jdbc.queryForObject("select count(*) from discussion_reply where author_id = ?", Long.class, memberId)).isZero();
    }

    @Test
    void aMembersFilesCountAgainstTheDailyQuotaTheLibraryShares() throws Exception {
        long[] d = openDiscussion("Quota of reply files", "replyPolicy", "PUBLISH_AT_ONCE");
        String member = IdentityTestSupport.uniqueEmail("reply-quota");
        identity.member(member);
        for (int i = 1; i <= 4; i++) { // four files a day in the test profile
            mvc.perform(forum.reply(d[0], d[1], "Reply " + i, ForumTestSupport.textFile("file-" + i + ".txt", "file " + i))
                    .with(forum.as(member))).andExpect(status().is3xxRedirection());
        }
        Document fifth = Html.of(mvc.perform(forum.reply(d[0], d[1], "Reply five, kept", ForumTestSupport.textFile("five.txt", "5"))
                .with(forum.as(member))).andExpect(status().isOk()));
        assertThat(fifth.select("#reply-file-" + d[1] + "-error").text()).contains("4 files", "library submissions and replies together");
        assertThat(fifth.select("#reply-body-" + d[1]).text()).isEqualTo("Reply five, kept");
        mvc.perform(forum.reply(d[0], d[1], "Reply five, without the file", null).with(forum.as(member)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from discussion_reply where author_id = ?", Long.class,
                forum.accountId(member))).isEqualTo(5);
    }

    @Test
    void aReplyCitesALibraryResourceItsReplierCanSee() throws Exception {
        long[] d = openDiscussion("Citing the library", "replyPolicy", "PUBLISH_AT_ONCE");
        long open = forum.resource(DEMO_EDITOR, "Cited wage study of Lao PDR", "PUBLIC", "publish");
        long membersOnly = forum.resource(DEMO_EDITOR, "Cited members-only bargaining brief", "MEMBERS", "publish");
        long draft = forum.resource(DEMO_EDITOR, "Uncited draft resource", "PUBLIC", "draft");

        mvc.perform(forum.reply(d[0], d[1], "See the study.", null, "cites", "/library/" + open).with(forum.as(DEMO_MEMBER)))
                .andExpect(status().is3xxRedirection());
        long first = forum.lastReplyOf(d[0], forum.accountId(DEMO_MEMBER));
        mvc.perform(forum.reply(d[0], d[1], "And the brief.", null, "cites", "https://portal.example.org/library/" + membersOnly
                + "-bargaining-brief?from=search").with(forum.as("siriporn@demo.apirnet.org"))).andExpect(status().is3xxRedirection());
        long second = forum.lastReplyOf(d[0], forum.accountId("siriporn@demo.apirnet.org"));
        assertThat(jdbc.queryForObject("select cited_resource_id from discussion_reply where id = ?", Long.class, second))
                .isEqualTo(membersOnly);

        Document visitor = Html.of(mvc.perform(get("/discussions/" + d[0])).andExpect(status().isOk()));
        assertThat(visitor.select("#reply-" + first + " .reply-citation a").attr("href")).isEqualTo("/library/" + open);
        assertThat(visitor.select("#reply-" + first + " .reply-citation a").text()).isEqualTo("Cited wage study of Lao PDR");
        assertThat(visitor.select("#reply-" + second + " .reply-citation a").attr("href")).isEqualTo("/library/" + membersOnly);
        assertThat(visitor.select("#reply-" + second + " .reply-citation").text()).as("a visitor is not told a members-only title")
                .contains("members-only library resource").doesNotContain("bargaining brief");
        Document member = Html.of(mvc.perform(get("/discussions/" + d[0]).with(forum.as(DEMO_MEMBER))).andExpect(status().isOk()));
        assertThat(member.select("#reply-" + second + " .reply-citation a").text()).isEqualTo("Cited members-only bargaining brief");

        // What is not a resource's address, or names none the replier can see, is refused with the typing kept.
        record Case(String cites, String message) {
        }
        for (Case refused : java.util.List.of(
                new Case("https://example.org/news/" + open, "not the address or number"),
                new Case("javascript:alert(1)", "not the address or number"),
                new Case("/library/" + draft, "no published library resource"),
                new Case("999999999", "no published library resource"))) {
            Document page = Html.of(mvc.perform(forum.reply(d[0], d[1], "Typed with a citation", null, "cites", refused.cites())
                    .with(forum.as(DEMO_MEMBER))).andExpect(status().isOk()));
            assertThat(page.select("#cites-error").text()).as(refused.cites()).contains(refused.message());
            assertThat(page.select("#reply-cites-" + d[1]).val()).isEqualTo(refused.cites());
            assertThat(page.select("#reply-body-" + d[1]).text()).isEqualTo("Typed with a citation");
        }
        assertThat(jdbc.queryForObject("select count(*) from discussion_reply where discussion_id = ?", Long.class, d[0])).isEqualTo(2);

        // A reply a moment after the closing gives back its text and its citation; its file is not kept.
        forum.passHours(80);
        Document late = Html.of(mvc.perform(forum.reply(d[0], d[1], "Too late, with a file", ForumTestSupport.textFile("late.txt", "late"),
                "cites", "/library/" + open).with(forum.as(DEMO_MEMBER))).andExpect(status().isOk()));
        assertThat(late.select("[role=alert]").text()).contains("has closed");
        assertThat(late.select("#kept-" + d[1]).text()).isEqualTo("Too late, with a file");
        assertThat(late.select("#kept-cites-" + d[1]).val()).isEqualTo("/library/" + open);
        assertThat(late.text()).contains("The file you chose was not kept");
        assertThat(jdbc.queryForObject("select count(*) from discussion_reply where discussion_id = ?", Long.class, d[0])).isEqualTo(2);
    }
}

package org.apirnet.forum;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apirnet.identity.accounts.Role;
import org.apirnet.identity.membership.IdentityTestSupport;
import org.apirnet.support.ControllableClock;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.TestMail;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
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

/** A discussion's life from draft to published synopsis, its refusals, and who may do what. */
class ForumTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ForumTestSupport forum;

    @Autowired
    ControllableClock clock;

    @Autowired
    DiscussionService discussions;

    @Autowired
    IdentityTestSupport identity;

    @AfterEach
    void putTheClockBack() {
        forum.resetClock();
    }

    @Test
    void aDiscussionGoesFromDraftToPublishedSynopsisByItsTimesAndItsModerators() throws Exception {
        long id = forum.scheduled("Dispute resolution in the informal economy", DEMO_EDITOR, DEMO_MODERATOR);
        Document scheduled = Html.of(mvc.perform(get("/discussions/" + id)).andExpect(status().isOk()));
        assertThat(scheduled.select(".stage-banner strong").text()).isEqualTo("Scheduled");
        assertThat(scheduled.select(".prose-html script")).as("background sanitized").isEmpty();
        assertThat(scheduled.select(".prose-html strong").text()).isEqualTo("this");
        Document upcoming = Html.of(mvc.perform(get("/discussions?country=la")).andExpect(status().isOk()));
        assertThat(upcoming.select("section:has(#upcoming-heading) h3").eachText()).contains("Dispute resolution in the informal economy");

        // The moderator may prepare the first question before the opening; members cannot reply yet.
        mvc.perform(post("/discussions/" + id + "/questions").with(csrf()).with(forum.as(DEMO_MODERATOR))
                .param("title", "How are disputes of informal workers settled?").param("body", "Examples welcome."))
                .andExpect(status().is3xxRedirection());
        long question = forum.questionOf(id, 1);
        Document early = Html.of(mvc.perform(post("/discussions/" + id + "/questions/" + question + "/replies").with(csrf())
                .with(forum.as(DEMO_MEMBER)).param("body", "Typed before the opening")).andExpect(status().isOk()));
        assertThat(early.select("[role=alert]").text()).contains("does not take replies yet");
        assertThat(early.select("textarea[readonly]").text()).isEqualTo("Typed before the opening");

        assertThat(forum.passHours(2)).as("the schedule records the opening").isPositive();
        assertThat(jdbc.queryForObject("select stage from discussion where id = ?", String.class, id)).isEqualTo("OPEN");

        mvc.perform(post("/discussions/" + id + "/questions/" + question + "/replies").with(csrf()).with(forum.as(DEMO_MEMBER))
                .param("body", "Village **mediation** committees, see [the report](https://example.org/report)"))
                .andExpect(status().is3xxRedirection());
        long reply = forum.lastReplyOf(id, forum.accountId(DEMO_MEMBER));
        Document visitorBefore = Html.of(mvc.perform(get("/discussions/" + id)).andExpect(status().isOk()));
        assertThat(visitorBefore.select("#reply-" + reply)).as("waits for approval: not shown to others").isEmpty();
        Document ownBefore = Html.of(mvc.perform(get("/discussions/" + id).with(forum.as(DEMO_MEMBER))).andExpect(status().isOk()));
        assertThat(ownBefore.select("#reply-" + reply + " .notice").text()).contains("waits for a moderator");
        assertThat(ownBefore.select("form[action$=/follow] button").text()).as("replying follows").isEqualTo("Stop following");

        Document inbox = Html.of(mvc.perform(get("/review").with(forum.as(DEMO_MODERATOR))).andExpect(status().isOk()));
        assertThat(inbox.select("a[href=/discussions/" + id + "/moderation#reply-" + reply + "]")).as("in the moderator's inbox").isNotEmpty();
        Document othersInbox = Html.of(mvc.perform(get("/review").with(forum.as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(othersInbox.select("a[href=/discussions/" + id + "/moderation#reply-" + reply + "]")).as("not an editor's").isEmpty();
        Document queue = Html.of(mvc.perform(get("/discussions/" + id + "/moderation").with(forum.as(DEMO_MODERATOR)))
                .andExpect(status().isOk()));
        assertThat(queue.select("#reply-" + reply + " .prose-html strong").text()).isEqualTo("mediation");
        assertThat(queue.select("#reply-" + reply + " .meta").text()).contains("waiting for");
        mvc.perform(post("/discussions/" + id + "/replies/" + reply + "/approve").with(csrf()).with(forum.as(DEMO_MODERATOR)))
                .andExpect(status().is3xxRedirection());
        Document visitorAfter = Html.of(mvc.perform(get("/discussions/" + id)).andExpect(status().isOk()));
        assertThat(visitorAfter.select("#reply-" + reply + " .prose-html a").attr("rel")).as("user links").contains("nofollow", "ugc");
        assertThat(visitorAfter.select("section:has(#heard-heading)").text()).contains("1 person, 1 published reply");

        // A reply a moment after the closing is refused, its text given back; the job may not have run yet.
        clock.advance(Duration.ofHours(71));
        Document late = Html.of(mvc.perform(post("/discussions/" + id + "/questions/" + question + "/replies").with(csrf())
                .with(forum.as(DEMO_MEMBER)).param("body", "One more thought, a second too late")).andExpect(status().isOk()));
        assertThat(late.select("[role=alert]").text()).contains("has closed");
        assertThat(late.select("textarea").eachText()).contains("One more thought, a second too late");
        assertThat(late.select(".stage-banner strong").text()).as("the page follows the clock, not the job").isEqualTo("Closed");
        assertThat(jdbc.queryForObject("select stage from discussion where id = ?", String.class, id)).isEqualTo("OPEN");
        assertThat(forum.passHours(0)).isPositive();
        assertThat(jdbc.queryForObject("select stage from discussion where id = ?", String.class, id)).isEqualTo("CLOSED");

        // The synopsis: a draft first, then published once, whoever clicks twice.
        mvc.perform(post("/discussions/" + id + "/synopsis").with(csrf()).with(forum.as(DEMO_MODERATOR)).param("action", "save")
                .param("keyPoints", "- Village mediation works for *small* claims").param("conclusions", "Mediation needs training.")
                .param("nextSteps", "A regional workshop on informal dispute settlement.")).andExpect(status().is3xxRedirection());
        assertThat(Html.of(mvc.perform(get("/discussions/" + id))).select("#synopsis-heading")).as("a draft is not shown").isEmpty();
        Document synopsisForm = Html.of(mvc.perform(get("/discussions/" + id + "/synopsis").with(forum.as(DEMO_MODERATOR))));
        assertThat(synopsisForm.select("#keyPoints").text()).contains("Village mediation");
        assertThat(synopsisForm.select("textarea[readonly]").first().text()).contains("#reply-" + reply);

        TestMail.reset();
        mvc.perform(post("/discussions/" + id + "/synopsis").with(csrf()).with(forum.as(DEMO_MODERATOR)).param("action", "publish")
                .param("keyPoints", "- Village mediation works for *small* claims").param("conclusions", "Mediation needs training.")
                .param("nextSteps", "A regional workshop on informal dispute settlement.")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/discussions/" + id + "/synopsis").with(csrf()).with(forum.as(DEMO_MODERATOR)).param("action", "publish")
                .param("keyPoints", "Changed after publication").param("conclusions", "x").param("nextSteps", "y"))
                .andExpect(status().isOk());
        Document published = Html.of(mvc.perform(get("/discussions/" + id)).andExpect(status().isOk()));
        assertThat(published.select(".stage-banner strong").text()).isEqualTo("Synopsis published");
        assertThat(published.select(".synopsis .prose-html em").text()).isEqualTo("small");
        assertThat(published.select(".synopsis").text()).doesNotContain("Changed after publication");
        assertThat(published.select(".citation").text()).contains("Dispute resolution in the informal economy. Synopsis of a moderated discussion")
                .contains("/discussions/" + id);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_kind = 'discussion' and subject_id = ? "
                + "and action = 'SYNOPSIS_PUBLISHED'", Long.class, id)).isEqualTo(1);

        // Every active member gets it once.
        List<String> members = jdbc.queryForList("select email from account where status = 'ACTIVE' order by id", String.class);
        for (String member : members) {
            assertThat(TestMail.awaitMessagesTo(member, 1, Duration.ofSeconds(20))).as(member).isNotEmpty();
        }
        Thread.sleep(500); // anything sent twice would have arrived by now
        for (String member : members) {
            assertThat(TestMail.messagesTo(member).stream().filter(m -> subject(m).equals("Synopsis: Dispute resolution in the informal economy")))
                    .as("once to " + member).hasSize(1);
        }

        Document search = Html.of(mvc.perform(get("/search").param("q", "mediation training")).andExpect(status().isOk()));
        assertThat(search.select("a[href=/discussions/" + id + "]")).as("search finds the synopsis: " + search.select("main").text()).isNotEmpty();
        Document archive = Html.of(mvc.perform(get("/discussions?country=la")).andExpect(status().isOk()));
        assertThat(archive.select(".browse-results h3").eachText()).contains("Dispute resolution in the informal economy");
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theFormSaysWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
        long member = forum.accountId(DEMO_MEMBER);
        Document page = Html.of(mvc.perform(forum.form("/discussions/new", "Bargaining in the garment sector", member,
                        "opensAt", forum.hoursFromNow(48), "closesAt", forum.hoursFromNow(24), "timeZone", "Mars/Olympus",
                        "themes", "")
                .with(forum.as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(page.select("#moderators-error").text()).contains("moderator role");
        assertThat(page.select("#timeZone-error").text()).contains("IANA");
        assertThat(page.select("#themes-error").text()).isNotBlank();
        assertThat(page.select("#title").val()).isEqualTo("Bargaining in the garment sector");

        Document reversed = Html.of(mvc.perform(forum.form("/discussions/new", "Bargaining in the garment sector",
                        forum.accountId(DEMO_MODERATOR), "opensAt", forum.hoursFromNow(48), "closesAt", forum.hoursFromNow(24))
                .with(forum.as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(reversed.select("#closesAt-error").text()).contains("after the opening");
        Document malformed = Html.of(mvc.perform(forum.form("/discussions/new", "Bargaining", forum.accountId(DEMO_MODERATOR),
                "opensAt", "2026-02-30T09:00").with(forum.as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(malformed.select("#opensAt-error").text()).contains("2026-12-15T17:00");
        assertThat(jdbc.queryForObject("select count(*) from discussion where title like 'Bargaining%'", Long.class)).isZero();
    }

    @Test
    void twoModeratorsApprovingTheSameReplyAtOnceApproveItOnce() throws Exception {
        long id = forum.scheduled("Tripartite wage boards", DEMO_EDITOR, DEMO_MODERATOR);
        forum.passHours(2);
        mvc.perform(post("/discussions/" + id + "/questions").with(csrf()).with(forum.as(DEMO_MODERATOR))
                .param("title", "Who sits on the board?").param("body", "Composition."));
        long question = forum.questionOf(id, 1);
        mvc.perform(post("/discussions/" + id + "/questions/" + question + "/replies").with(csrf()).with(forum.as(DEMO_MEMBER))
                .param("body", "Employers, unions and government in equal numbers."));
        long reply = forum.lastReplyOf(id, forum.accountId(DEMO_MEMBER));
        long moderator = forum.accountId(DEMO_MODERATOR);
        long admin = forum.accountId(DEMO_ADMIN);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<DiscussionService.Decision>> both = List.of(() -> discussions.approve(reply, moderator),
                    () -> discussions.approve(reply, admin));
            List<DiscussionService.Decision> decisions = pool.invokeAll(both).stream().map(ForumTests::outcome).toList();
            assertThat(decisions).containsExactlyInAnyOrder(DiscussionService.Decision.DONE, DiscussionService.Decision.ALREADY_DECIDED);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_kind = 'discussion_reply' and subject_id = ? "
                + "and action = 'APPROVED'", Long.class, reply)).isEqualTo(1);
    }

    private static <T> T outcome(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anAuthorChangesAReplyWithinTheWindowAndTheEarlierWordsAreKept() throws Exception {
        long id = forum.scheduled("Labour inspection and social dialogue", DEMO_EDITOR, DEMO_MODERATOR, "replyPolicy", "PUBLISH_AT_ONCE");
        forum.passHours(2);
        mvc.perform(post("/discussions/" + id + "/questions").with(csrf()).with(forum.as(DEMO_MODERATOR))
                .param("title", "What works?").param("body", "Tell us."));
        long question = forum.questionOf(id, 1);
        mvc.perform(post("/discussions/" + id + "/questions/" + question + "/replies").with(csrf()).with(forum.as(DEMO_MEMBER))
                .param("body", "First wording"));
        long reply = forum.lastReplyOf(id, forum.accountId(DEMO_MEMBER));
        assertThat(Html.of(mvc.perform(get("/discussions/" + id))).select("#reply-" + reply).text()).as("published at once")
                .contains("First wording");

        mvc.perform(get("/discussions/" + id + "/replies/" + reply + "/edit").with(forum.as(DEMO_MODERATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/discussions/" + id + "/replies/" + reply + "/edit").with(csrf()).with(forum.as(DEMO_MEMBER))
                .param("body", "Second wording")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select body_markdown from discussion_reply_edit where reply_id = ?", String.class, reply))
                .isEqualTo("First wording");
        assertThat(Html.of(mvc.perform(get("/discussions/" + id))).select("#reply-" + reply).text()).contains("Second wording", "(edited)");

        clock.advance(Duration.ofMinutes(20));
        Document tooLate = Html.of(mvc.perform(post("/discussions/" + id + "/replies/" + reply + "/edit").with(csrf())
                .with(forum.as(DEMO_MEMBER)).param("body", "Third wording")).andExpect(status().isOk()));
        assertThat(tooLate.select("[role=alert]").text()).contains("can no longer be changed");
        assertThat(tooLate.select("#body").text()).isEqualTo("Third wording");

        // A take-down is seen by its author with the reason, and mailed.
        TestMail.reset();
        mvc.perform(post("/discussions/" + id + "/replies/" + reply + "/reject").with(csrf()).with(forum.as(DEMO_MODERATOR))
                .param("reason", "Off topic for this question.")).andExpect(status().is3xxRedirection());
        assertThat(Html.of(mvc.perform(get("/discussions/" + id))).select("#reply-" + reply)).isEmpty();
        assertThat(Html.of(mvc.perform(get("/discussions/" + id).with(forum.as(DEMO_MEMBER)))).select("#reply-" + reply).text())
                .contains("Off topic for this question.");
        var mails = TestMail.awaitMessagesTo(DEMO_MEMBER, 1, Duration.ofSeconds(10));
        assertThat(mails).isNotEmpty();
        assertThat(subject(mails.getFirst())).isEqualTo("Your reply in an AP-IRNet discussion");
        assertThat(TestMail.textOf(mails.getFirst())).contains("did not publish your reply", "Labour inspection and social dialogue",
                "Off topic for this question.", "/discussions/" + id + "#reply-" + reply);
    }

    @Test
    void followersAreMailedEachNewQuestion() throws Exception {
        long id = forum.scheduled("Collective bargaining coverage", DEMO_EDITOR, DEMO_MODERATOR);
        String follower = IdentityTestSupport.uniqueEmail("follower");
        identity.member(follower);
        mvc.perform(post("/discussions/" + id + "/follow").with(csrf()).with(forum.as(follower)).param("follow", "true"))
                .andExpect(status().is3xxRedirection());
        TestMail.reset();
        mvc.perform(post("/discussions/" + id + "/questions").with(csrf()).with(forum.as(DEMO_MODERATOR))
                .param("title", "Which sectors are covered?").param("body", "By law or by agreement."));
        var mails = TestMail.awaitMessagesTo(follower, 1, Duration.ofSeconds(10));
        assertThat(mails).hasSize(1);
        assertThat(TestMail.textOf(mails.getFirst())).contains("Which sectors are covered?");
        assertThat(TestMail.messagesTo(DEMO_MODERATOR)).as("not to the one who posed it").isEmpty();
    }

    @Test
    void everyRouteChecksWhoIsAsking() throws Exception {
        long id = forum.scheduled("Role matrix discussion", DEMO_EDITOR, DEMO_MODERATOR);
        forum.passHours(2);
        mvc.perform(post("/discussions/" + id + "/questions").with(csrf()).with(forum.as(DEMO_MODERATOR))
                .param("title", "A question").param("body", "Body"));
        long question = forum.questionOf(id, 1);
        mvc.perform(forum.reply(id, question, "A reply", ForumTestSupport.textFile("evidence.txt", "Evidence")).with(forum.as(DEMO_MEMBER)))
                .andExpect(status().is3xxRedirection());
        long reply = forum.lastReplyOf(id, forum.accountId(DEMO_MEMBER));
        String otherModerator = IdentityTestSupport.uniqueEmail("moderator");
        identity.member(otherModerator, Role.MODERATOR);
        String otherEditor = IdentityTestSupport.uniqueEmail("editor");
        identity.member(otherEditor, Role.EDITOR);

        String base = "/discussions/" + id;
        List<Route> moderatorRoutes = List.of(
                new Route("POST", base + "/questions", new String[] {"title", "Q", "body", "B"}),
                new Route("GET", base + "/moderation", new String[0]),
                new Route("POST", base + "/replies/" + reply + "/approve", new String[0]),
                new Route("POST", base + "/replies/" + reply + "/reject", new String[] {"reason", "No"}),
                new Route("POST", base + "/replies/" + reply + "/highlight", new String[0]),
                new Route("POST", base + "/closing", new String[] {"closesAt", forum.hoursFromNow(200)}),
                new Route("GET", base + "/synopsis", new String[0]),
                new Route("POST", base + "/synopsis", new String[] {"action", "publish", "keyPoints", "k", "conclusions", "c", "nextSteps", "n"}));
        List<Route> editorRoutes = List.of(
                new Route("GET", "/discussions/new", new String[0]),
                new Route("GET", base + "/edit", new String[0]),
                new Route("POST", base + "/schedule", new String[0]),
                new Route("POST", base + "/archive", new String[0]));
        List<Route> memberRoutes = List.of(
                new Route("POST", base + "/questions/" + question + "/replies", new String[] {"body", "Hi"}),
                new Route("POST", base + "/follow", new String[0]),
                new Route("GET", base + "/replies/" + reply + "/edit", new String[0]));

        for (Route route : moderatorRoutes) {
            assertThat(statusOf(route, null)).as("visitor " + route.path()).isIn(302, 401);
            assertThat(statusOf(route, DEMO_MEMBER)).as("member " + route.path()).isEqualTo(403);
            assertThat(statusOf(route, otherModerator)).as("a moderator of other discussions " + route.path()).isEqualTo(404);
            assertThat(statusOf(route, otherEditor)).as("editors are not moderators " + route.path()).isEqualTo(403);
        }
        for (Route route : editorRoutes) {
            assertThat(statusOf(route, null)).as("visitor " + route.path()).isIn(302, 401);
            assertThat(statusOf(route, DEMO_MEMBER)).as("member " + route.path()).isEqualTo(403);
            assertThat(statusOf(route, DEMO_MODERATOR)).as("moderator " + route.path()).isEqualTo(403);
        }
        for (Route route : memberRoutes) {
            assertThat(statusOf(route, null)).as("visitor " + route.path()).isIn(302, 401);
        }
        assertThat(statusOf(memberRoutes.get(2), otherModerator)).as("someone else's reply").isEqualTo(404);
        // The file of a waiting reply: its author and those who run the discussion; a 404 to everyone else.
        Route file = new Route("GET", base + "/replies/" + reply + "/file", new String[0]);
        assertThat(statusOf(file, null)).as("visitor " + file.path()).isEqualTo(404);
        assertThat(statusOf(file, "siriporn@demo.apirnet.org")).as("another member " + file.path()).isEqualTo(404);
        assertThat(statusOf(file, otherModerator)).as("a moderator of other discussions " + file.path()).isEqualTo(404);
        assertThat(statusOf(file, otherEditor)).as("an editor " + file.path()).isEqualTo(404);
        assertThat(statusOf(file, DEMO_MEMBER)).as("its author " + file.path()).isEqualTo(200);
        assertThat(statusOf(file, DEMO_MODERATOR)).as("its moderator " + file.path()).isEqualTo(200);
        assertThat(statusOf(file, DEMO_ADMIN)).as("an admin " + file.path()).isEqualTo(200);
        // Nothing the refused requests asked for happened.
        assertThat(jdbc.queryForObject("select status from discussion_reply where id = ?", String.class, reply)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select count(*) from discussion_question where discussion_id = ?", Long.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from discussion where id = ?", String.class, id)).isEqualTo("PUBLISHED");

        // The people allowed get through (the admin stands in for any moderator).
        for (Route route : moderatorRoutes.subList(0, 2)) {
            assertThat(statusOf(route, DEMO_MODERATOR)).as("its moderator " + route.path()).isIn(200, 302);
            assertThat(statusOf(route, DEMO_ADMIN)).as("an admin " + route.path()).isIn(200, 302);
        }
        assertThat(statusOf(editorRoutes.get(1), otherEditor)).as("any editor edits").isEqualTo(200);

        // A draft is not found by anyone but editors and its moderators; unknown and malformed ids are 404s.
        long draft = idFrom(mvc.perform(forum.form("/discussions/new", "Unscheduled draft", forum.accountId(DEMO_MODERATOR))
                .with(forum.as(DEMO_EDITOR))).andReturn(), "/discussions/");
        mvc.perform(get("/discussions/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/discussions/" + draft).with(forum.as(DEMO_MEMBER))).andExpect(status().isNotFound());
        mvc.perform(get("/discussions/" + draft).with(forum.as(DEMO_MODERATOR))).andExpect(status().isOk());
        for (String path : List.of("/discussions/999999999", "/discussions/abc", "/discussions/-1", "/discussions/99999999999999999999")) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/discussions?theme=nothing&year=17&page=10000")).andExpect(status().isOk());
    }

    /** A route of the module and the parameters of a valid request to it (name, value pairs). */
    private record Route(String method, String path, String[] params) {
    }

    private int statusOf(Route route, String email) throws Exception {
        var request = "GET".equals(route.method()) ? get(route.path()) : post(route.path()).with(csrf());
        for (int i = 0; i + 1 < route.params().length; i += 2) {
            request.param(route.params()[i], route.params()[i + 1]);
        }
        if (email != null) {
            request.with(forum.as(email));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}

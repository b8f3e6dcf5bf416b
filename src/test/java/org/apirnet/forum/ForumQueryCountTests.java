package org.apirnet.forum;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.apirnet.platform.DataChanges;
import org.apirnet.support.ControllableClock;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.SqlStatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A discussion page runs the same SQL statements with 20 replies as with 500, for a visitor, a member and its
 * moderator: questions, replies (with their files) and their authors are each read in one query, never one per reply,
 * and the titles of cited library resources come from the search index. The list of
 * discussions comes from the search index alone.
 * <p>
 * The counter sees what Hibernate prepares; the portal's few {@code JdbcTemplate} statements are not in its count
 * (here: whether a signed-in viewer follows the discussion, one statement whatever the replies).
 */
class ForumQueryCountTests extends PortalIntegrationTest {

    /** More authors than the small discussion has replies: the people on a page are read in one query however many. */
    private static final int AUTHORS = 40;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    DataChanges changes;

    @Autowired
    ForumTestSupport forum;

    @Autowired
    ControllableClock clock;

    @AfterEach
    void putTheClockBack() {
        forum.resetClock();
    }

    @Test
    void statementsPerDiscussionPageDoNotGrowWithTheReplies() throws Exception {
        List<Long> authors = authors();
        long small = openDiscussionWithQuestions("Counted discussion, 20 replies");
        long large = openDiscussionWithQuestions("Counted discussion, 500 replies");
        forum.passHours(2); // both open
        long cited = forum.resource(DEMO_EDITOR, "Counted cited resource", "PUBLIC", "publish");
        addReplies(small, 20, authors, cited);
        addReplies(large, 500, authors, cited);
        String largePage = mvc.perform(get("/discussions/" + large)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(largePage).as("every published reply is on the page").contains("reply-text-499");
        assertThat(largePage).as("with its file and its citation").contains("counted-file-498.pdf", "Counted cited resource");

        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, RequestPostProcessor> viewer : viewers().entrySet()) {
            String who = viewer.getKey();
            counts.put(who + " /discussions", count("/discussions", viewer.getValue()));
            long smallCount = count("/discussions/" + small, viewer.getValue());
            long largeCount = count("/discussions/" + large, viewer.getValue());
            assertThat(largeCount).as(who + ": statements with 500 replies as with 20").isEqualTo(smallCount);
            counts.put(who + " /discussions/{id}", smallCount);
        }

        // The discussion (its tags and moderators joined in), its questions, the replies shown (their files with them),
        // their authors, the topic proposal it came from; the moderator adds the waiting count, the history and its
        // actors' names. Cited resources' titles come from the search index, which is no SQL.
        assertThat(counts).as("statements per page").isEqualTo(Map.of(
                "visitor /discussions", 0L,
                "visitor /discussions/{id}", 5L,
                "member /discussions", 0L,
                "member /discussions/{id}", 5L,
                "moderator /discussions", 0L,
                "moderator /discussions/{id}", 8L));
    }

    /** Nobody signed in, a member who has a reply waiting in each discussion, and the discussions' moderator. */
    private Map<String, RequestPostProcessor> viewers() {
        Map<String, RequestPostProcessor> viewers = new LinkedHashMap<>();
        viewers.put("visitor", SecurityMockMvcRequestPostProcessors.anonymous());
        viewers.put("member", forum.as(DEMO_MEMBER));
        viewers.put("moderator", forum.as(DEMO_MODERATOR));
        return viewers;
    }

    /** Users are loaded before counting: signing in is not the page's work. */
    private long count(String path, RequestPostProcessor viewer) throws Exception {
        MockHttpServletRequestBuilder request = get(path).with(viewer);
        changes.changed(); // a visitor's page is rendered afresh, not served from memory
        return new SqlStatementCounter(entityManagerFactory).count(() -> mvc.perform(request).andExpect(status().isOk()));
    }

    /** A public discussion the demo moderator runs, scheduled through the pages, with two questions posed. */
    private long openDiscussionWithQuestions(String title) throws Exception {
        long id = forum.scheduled(title, DEMO_EDITOR, DEMO_MODERATOR, "replyPolicy", "PUBLISH_AT_ONCE");
        for (String question : List.of("What works?", "What should change?")) {
            mvc.perform(post("/discussions/" + id + "/questions").with(csrf()).with(forum.as(DEMO_MODERATOR))
                    .param("title", question).param("body", "Tell us about *your* country.")).andExpect(status().is3xxRedirection());
        }
        return id;
    }

    /** Active members from several countries and groups, some with public profiles, written with SQL (no hashing). */
    private List<Long> authors() {
        String hash = jdbc.queryForObject("select password_hash from account where email = ?", String.class, DEMO_MEMBER);
        List<Short> groups = jdbc.queryForList("select id from constituency_group order by position", Short.class);
        List<String> countries = List.of("TH", "VN", "KH", "LA", "ID", "PH");
        String run = Long.toString(System.nanoTime(), 36);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < AUTHORS; i++) {
            ids.add(jdbc.queryForObject("insert into account (email, display_name, password_hash, status, country_iso2, "
                            + "constituency_group_id, profile_visibility, email_confirmed_at, joined_at) "
                            + "values (?, ?, ?, 'ACTIVE', ?, ?, ?, now(), now()) returning id", Long.class,
                    "counted-author-" + run + "-" + i + "@test.apirnet.org", "Counted Author " + i, hash,
                    countries.get(i % countries.size()), groups.get(i % groups.size()), i % 3 == 0 ? "PUBLIC" : "MEMBERS"));
        }
        jdbc.batchUpdate("insert into account_role (account_id, role_name) values (?, 'MEMBER')", ids.stream()
                .map(id -> new Object[] {id}).toList());
        changes.changed();
        return ids;
    }

    /**
     * {@code published} published replies spread over the discussion's questions and authors, plus one rejected and
     * the demo member's own waiting one (shown to that member only), written in one batch.
     */
    private void addReplies(long discussionId, int published, List<Long> authors, long citedResourceId) {
        List<Long> questions = jdbc.queryForList("select id from discussion_question where discussion_id = ? order by position",
                Long.class, discussionId);
        long member = forum.accountId(DEMO_MEMBER);
        Instant start = clock.instant().minus(Duration.ofMinutes(published + 10));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < published; i++) {
            boolean file = i % 3 == 0; // every third reply carries a file, every fourth cites the resource
            rows.add(new Object[] {discussionId, questions.get(i % questions.size()), authors.get(i % authors.size()),
                    "Reply **" + i + "**", "<p id=\"reply-text-" + i + "\">Reply <strong>" + i + "</strong></p>", "PUBLISHED", null,
                    Timestamp.from(start.plus(Duration.ofMinutes(i))), file ? String.format("%040x", discussionId * 1000 + i) : null,
                    file ? "counted-file-" + i + ".pdf" : null, file ? "application/pdf" : null, file ? 1_000L + i : null,
                    file ? "0".repeat(64) : null, file ? Timestamp.from(start) : null, i % 4 == 2 ? citedResourceId : null});
        }
        rows.add(new Object[] {discussionId, questions.getFirst(), authors.getFirst(), "Off topic", "<p>Off topic</p>", "REJECTED",
                "Off topic", Timestamp.from(start), null, null, null, null, null, null, null});
        rows.add(new Object[] {discussionId, questions.getLast(), member, "Mine, waiting", "<p>Mine, waiting</p>", "PENDING", null,
                Timestamp.from(start), null, null, null, null, null, null, citedResourceId});
        jdbc.batchUpdate("insert into discussion_reply (discussion_id, question_id, author_id, body_markdown, body_html, status, "
                + "rejection_reason, created_at, file_storage_key, file_original_name, file_media_type, file_size_bytes, "
                + "file_sha256, file_uploaded_at, cited_resource_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        changes.changed();
    }
}

package org.apirnet.forum;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apirnet.support.ControllableClock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What the discussion tests share: the discussion form, ids from redirects, and moving the clock and the schedule. */
@Component
public class ForumTestSupport {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    // Providers: this component is also scanned into contexts without MockMvc or the test clock (the outage tests,
    // the dataset generator), which must still start.
    private final ObjectProvider<MockMvc> mockMvc;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<ControllableClock> controllableClock;
    private final DiscussionSchedule schedule;

    ForumTestSupport(ObjectProvider<MockMvc> mockMvc, UserDetailsService users, JdbcTemplate jdbc,
                     ObjectProvider<ControllableClock> controllableClock, DiscussionSchedule schedule) {
        this.mockMvc = mockMvc;
        this.users = users;
        this.jdbc = jdbc;
        this.controllableClock = controllableClock;
        this.schedule = schedule;
    }

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    long accountId(String email) {
        return jdbc.queryForObject("select id from account where email = ?", Long.class, email);
    }

    /** A local date-time in Bangkok, on the portal's clock, this many hours from now (to the minute), as forms take it. */
    String hoursFromNow(long hours) {
        return LocalDateTime.ofInstant(controllableClock.getObject().instant(), BANGKOK).plusHours(hours).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** A complete discussion form; {@code overrides} are name, value pairs (lists comma-separated). */
    MockHttpServletRequestBuilder form(String path, String title, long moderatorId, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("summary", "Summary of " + title);
        fields.put("background", "Why **this** matters <script>alert(1)</script>");
        fields.put("themes", "13");
        fields.put("countries", "la");
        fields.put("moderators", String.valueOf(moderatorId));
        fields.put("opensAt", hoursFromNow(1));
        fields.put("closesAt", hoursFromNow(72));
        fields.put("timeZone", "Asia/Bangkok");
        fields.put("replyPolicy", "APPROVE_FIRST");
        fields.put("language", "en");
        fields.put("visibility", "PUBLIC");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach((name, value) -> {
            if (name.equals("themes") || name.equals("countries") || name.equals("moderators")) {
                request.param(name, value.isEmpty() ? new String[0] : value.split(","));
            } else {
                request.param(name, value);
            }
        });
        return request;
    }

    static long idFrom(MvcResult result, String prefix) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after saving").startsWith(prefix);
        String rest = location.substring(prefix.length());
        return Long.parseLong(rest.replaceAll("[^0-9].*$", ""));
    }

    /** A discussion an editor prepared and scheduled, moderated by {@code moderatorEmail}, opening in an hour. */
    long scheduled(String title, String editorEmail, String moderatorEmail, String... overrides) throws Exception {
        long id = idFrom(mockMvc.getObject().perform(form("/discussions/new", title, accountId(moderatorEmail), overrides).with(as(editorEmail)))
                .andReturn(), "/discussions/");
        mockMvc.getObject().perform(post("/discussions/" + id + "/schedule").with(csrf()).with(as(editorEmail)));
        return id;
    }

    /**
     * Puts the clock back, and with it the mail written while it was moved: the outbox stamps mail with the clock, and
     * other tests read the mail log newest first, where mail dated days ahead would stay on top.
     */
    public void resetClock() {
        controllableClock.getObject().reset();
        jdbc.update("update outgoing_mail set created_at = now(), next_attempt_at = least(next_attempt_at, now()) where created_at > now()");
    }

    /** Moves the clock on and runs the schedule, as it would have run meanwhile. */
    public int passHours(long hours) {
        controllableClock.getObject().advance(java.time.Duration.ofHours(hours));
        return schedule.recordDueStagesAt(controllableClock.getObject().instant());
    }

    /** A member's reply with a file (and {@code extra} name, value pairs such as a citation), sent as the page's form sends it. */
    org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder reply(long discussionId, long questionId,
            String body, MockMultipartFile file, String... extra) {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/discussions/" + discussionId + "/questions/" + questionId + "/replies");
        if (file != null) {
            request.file(file);
        }
        request.param("body", body);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            request.param(extra[i], extra[i + 1]);
        }
        return request.with(csrf());
    }

    static MockMultipartFile textFile(String name, String text) {
        return new MockMultipartFile("file", name, "text/plain", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * A library resource an editor saved through the library's form: published unless {@code action} is "draft",
     * with a link instead of a file. Its id.
     */
    long resource(String editorEmail, String title, String visibility, String action) throws Exception {
        MvcResult result = mockMvc.getObject().perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/library/new").param("title", title).param("summary", "Summary of " + title)
                .param("body", "Findings.").param("type", "research").param("themes", "13").param("countries", "la")
                .param("language", "en").param("publicationDate", "2025-06-30").param("authors", "ILO")
                .param("keywords", "citations").param("externalUrl", "https://example.org/" + title.hashCode())
                .param("visibility", visibility).param("action", action).with(csrf()).with(as(editorEmail))).andReturn();
        return idFrom(result, "/library/");
    }

    long questionOf(long discussionId, int position) {
        return jdbc.queryForObject("select id from discussion_question where discussion_id = ? and position = ?", Long.class,
                discussionId, position);
    }

    long lastReplyOf(long discussionId, long authorId) {
        return jdbc.queryForObject("select max(id) from discussion_reply where discussion_id = ? and author_id = ?", Long.class,
                discussionId, authorId);
    }
}

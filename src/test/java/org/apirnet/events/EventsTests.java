package org.apirnet.events;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.TestMail;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EventsTests extends PortalIntegrationTest {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    /** A local date-time in Bangkok this many days from now at 09:00, as the form takes it. */
    static String daysFromNow(int days, int hour) {
        return LocalDateTime.now(BANGKOK).plusDays(days).truncatedTo(ChronoUnit.DAYS).withHour(hour).toString();
    }

    /**
     * A complete, valid event form (wage policy, Viet Nam), each parameter set once; {@code overrides} are name, value
     * pairs that replace a default (a value may list several, comma-separated, for themes and countries).
     */
    static MockHttpServletRequestBuilder event(String path, String title, String visibility, String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", title);
        fields.put("summary", "Summary of " + title);
        fields.put("body", "**Agenda** and <script>x</script>");
        fields.put("type", "workshop");
        fields.put("startsAt", daysFromNow(20, 9));
        fields.put("endsAt", daysFromNow(21, 17));
        fields.put("timeZone", "Asia/Bangkok");
        fields.put("venue", "UN Conference Centre, Bangkok");
        fields.put("onlineUrl", "");
        fields.put("organizer", "ILO ROAP");
        fields.put("audience", "Tripartite constituents");
        fields.put("registrationUrl", "https://example.org/register");
        fields.put("registrationDeadline", daysFromNow(10, 17));
        fields.put("reportUrl", "");
        fields.put("themes", "13");
        fields.put("countries", "vn");
        fields.put("language", "en");
        fields.put("visibility", visibility);
        fields.put("action", "publish");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach((name, value) -> {
            if (name.equals("themes") || name.equals("countries")) {
                request.param(name, value.split(","));
            } else {
                request.param(name, value);
            }
        });
        return request;
    }

    private long idFrom(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after saving").matches("/events/\\d+");
        return Long.parseLong(location.substring("/events/".length()));
    }

    private long publish(String title, String visibility) throws Exception {
        return idFrom(mvc.perform(event("/events/new", title, visibility).with(as(DEMO_EDITOR))).andReturn());
    }

    private static ICalendar parse(MvcResult result) throws Exception {
        return Biweekly.parse(new StringReader(result.getResponse().getContentAsString())).first();
    }

    private static VEvent find(ICalendar calendar, long id) {
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals("event-" + id + "@apirnet.org"))
                .findFirst().orElse(null);
    }

    @Test
    void anEditorPublishesAnEventShownInItsOwnZoneAndListedSoonestFirst() throws Exception {
        // Each test tags its events with a country of its own: the database is shared by the whole run.
        long later = idFrom(mvc.perform(event("/events/new", "Regional wage policy workshop", "PUBLIC", "countries", "mn")
                .with(as(DEMO_EDITOR))).andReturn());
        long sooner = idFrom(mvc.perform(event("/events/new", "Webinar on minimum wages", "PUBLIC", "countries", "mn",
                "startsAt", daysFromNow(5, 14), "endsAt", daysFromNow(5, 16), "registrationDeadline", "")
                .with(as(DEMO_EDITOR))).andReturn());

        Document page = Html.of(mvc.perform(get("/events/" + later)).andExpect(status().isOk()));
        assertThat(page.select("h1").text()).isEqualTo("Regional wage policy workshop");
        assertThat(page.select("time").first().text()).as("09:00 in Bangkok").contains("09:00");
        assertThat(page.text()).contains("Asia/Bangkok (GMT+07:00)");
        assertThat(page.select(".prose-html strong").text()).isEqualTo("Agenda");
        assertThat(page.select(".prose-html script")).as("body sanitized").isEmpty();
        assertThat(page.select(".editor-panel")).as("editor parts hidden from visitors").isEmpty();

        Document inGeneva = Html.of(mvc.perform(get("/events/" + later + "?tz=Europe/Zurich")).andExpect(status().isOk()));
        assertThat(inGeneva.select("time").first().text()).as("09:00 Bangkok is 03:00 in Zurich in winter or 04:00 in summer")
                .containsAnyOf("03:00", "04:00");
        Document unknownZone = Html.of(mvc.perform(get("/events/" + later + "?tz=Mars/Olympus")).andExpect(status().isOk()));
        assertThat(unknownZone.select("[role=alert]").text()).contains("not known");
        assertThat(unknownZone.select("time").first().text()).contains("09:00");

        Document list = Html.of(mvc.perform(get("/events?theme=wage-policy&country=mn")).andExpect(status().isOk()));
        List<String> titles = list.select(".event-card h3 a").eachText();
        assertThat(titles).containsSubsequence("Webinar on minimum wages", "Regional wage policy workshop");
        assertThat(list.select(".facets a").eachText()).anyMatch(text -> text.startsWith("Workshop"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_kind = 'event' and subject_id = ? and action = 'PUBLISHED'",
                Long.class, sooner)).isEqualTo(1);
    }

    @Test
    void badInputGetsFieldMessagesOnTheSameFormWithEverythingKept() throws Exception {
        record Case(String field, String value, String errorField) {
        }
        List<Case> cases = List.of(
                new Case("startsAt", "2026-13-45T09:00", "startsAt"),
                new Case("startsAt", "tomorrow", "startsAt"),
                new Case("endsAt", daysFromNow(19, 9), "endsAt"),
                new Case("timeZone", "Asia/Atlantis", "timeZone"),
                new Case("timeZone", "+07:00", "timeZone"),
                new Case("registrationDeadline", daysFromNow(25, 9), "registrationDeadline"),
                new Case("onlineUrl", "javascript:alert(1)", "onlineUrl"),
                new Case("registrationUrl", "ftp://example.org", "registrationUrl"),
                new Case("reportUrl", "javascript:x", "reportUrl"),
                new Case("title", "x".repeat(301), "title"),
                new Case("summary", "x".repeat(2001), "summary"),
                new Case("type", "party", "type"),
                new Case("themes", "999", "themes"),
                new Case("countries", "zz", "countries"));
        for (Case c : cases) {
            Document form = Html.of(mvc.perform(event("/events/new", "Bad input " + c.field(), "PUBLIC", c.field(), c.value())
                    .with(as(DEMO_EDITOR))).andExpect(status().isOk()));
            assertThat(form.select("#" + c.errorField() + "-error").text()).as(c.field() + "=" + c.value()).isNotBlank();
            assertThat(form.select("#organizer").val()).as("typed values kept").isEqualTo("ILO ROAP");
        }
        assertThat(jdbc.queryForObject("select count(*) from event where title like 'Bad input%'", Long.class)).isZero();
    }

    @Test
    void unknownIdsAndPathsAreNotFound() throws Exception {
        for (String path : List.of("/events/999999", "/events/abc", "/events/-1", "/events/999999.ics", "/events/x.ics",
                "/events.ics?theme=no-such-theme", "/events.ics?country=zz", "/events.ics?theme=wage-policy&country=qq")) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/events/999999/edit").with(as(DEMO_EDITOR))).andExpect(status().isNotFound());
        mvc.perform(post("/events/999999/cancel").with(csrf()).with(as(DEMO_EDITOR))).andExpect(status().isNotFound());
        // odd list parameters are ignored with a notice, never an error page
        Document list = Html.of(mvc.perform(get("/events?view=month&month=2026-99&theme=nope&tz=Nowhere/City&when=later"))
                .andExpect(status().isOk()));
        assertThat(list.select(".notice").text()).contains("Not recognised");
    }

    @Test
    void aMemberSubmissionWaitsForApprovalAndARejectionIsMailedWithItsReason() throws Exception {
        long approved = idFrom(mvc.perform(event("/events/submit", "Union training on bargaining", "PUBLIC", "countries", "la").with(as(DEMO_MEMBER))).andReturn());
        assertThat(jdbc.queryForObject("select status from event where id = ?", String.class, approved)).isEqualTo("PENDING");
        mvc.perform(get("/events/" + approved)).andExpect(status().isNotFound());
        mvc.perform(get("/events/" + approved).with(as(DEMO_MEMBER))).andExpect(status().isOk());
        assertThat(Html.of(mvc.perform(get("/events?country=la")).andExpect(status().isOk())).text()).doesNotContain("Union training on bargaining");
        Document queue = Html.of(mvc.perform(get("/events/submissions").with(as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(queue.select("#submission-" + approved)).isNotEmpty();
        Document inbox = Html.of(mvc.perform(get("/review").with(as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(inbox.text()).contains("Union training on bargaining");

        mvc.perform(post("/events/" + approved + "/publish").param("from", "submissions").with(csrf()).with(as(DEMO_EDITOR)))
                .andExpect(status().is3xxRedirection());
        assertThat(Html.of(mvc.perform(get("/events?country=la")).andExpect(status().isOk())).select(".event-card h3 a").eachText())
                .contains("Union training on bargaining");

        long rejected = idFrom(mvc.perform(event("/events/submit", "Not really an IR event", "PUBLIC").with(as(DEMO_MEMBER))).andReturn());
        int mailsBefore = TestMail.messagesTo(DEMO_MEMBER).size();
        Document noReason = Html.of(mvc.perform(post("/events/" + rejected + "/reject").param("reason", " ").with(csrf())
                .with(as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(noReason.select("#reason-error").text()).isNotBlank();
        mvc.perform(post("/events/" + rejected + "/reject").param("reason", "Outside the scope of the network.").with(csrf())
                .with(as(DEMO_EDITOR))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select rejection_reason from event where id = ?", String.class, rejected))
                .isEqualTo("Outside the scope of the network.");
        assertThat(TestMail.awaitMessagesTo(DEMO_MEMBER, mailsBefore + 1, Duration.ofSeconds(10)).getLast().getSubject())
                .contains("event");
        assertThat(jdbc.queryForList("select action from audit_event where subject_kind = 'event' and subject_id in (?, ?) order by id",
                String.class, approved, rejected)).containsExactly("SUBMITTED", "APPROVED", "SUBMITTED", "REJECTED");
    }

    @Test
    void everyRouteIsGuardedPerRole() throws Exception {
        long id = publish("Guarded event", "PUBLIC");
        for (String path : List.of("/events/new", "/events/submissions", "/events/" + id + "/edit", "/events/submit")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as("visitor " + path).isIn(302, 401, 403);
        }
        for (String path : List.of("/events/new", "/events/submissions", "/events/" + id + "/edit")) {
            mvc.perform(get(path).with(as(DEMO_MEMBER))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(as(DEMO_EDITOR))).andExpect(status().isOk());
            mvc.perform(get(path).with(as(DEMO_ADMIN))).andExpect(status().isOk());
        }
        mvc.perform(get("/events/submit").with(as(DEMO_MEMBER))).andExpect(status().isOk());
        for (String action : List.of("publish", "cancel", "archive", "reject")) {
            mvc.perform(post("/events/" + id + "/" + action).param("reason", "x").with(csrf()).with(as(DEMO_MEMBER)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(event("/events/new", "Member posting to editor route", "PUBLIC").with(as(DEMO_MEMBER))).andExpect(status().isForbidden());
        mvc.perform(event("/events/" + id + "/edit", "Member editing", "PUBLIC").with(as(DEMO_MEMBER))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select status from event where id = ?", String.class, id)).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject("select cancelled from event where id = ?", Boolean.class, id)).isFalse();
    }

    @Test
    void membersOnlyEventsNeverReachVisitors() throws Exception {
        long id = idFrom(mvc.perform(event("/events/new", "Members-only bargaining clinic", "MEMBERS", "countries", "bn")
                .with(as(DEMO_EDITOR))).andReturn());
        mvc.perform(get("/events/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/events/" + id + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/events/" + id).with(as(DEMO_MEMBER))).andExpect(status().isOk());
        assertThat(Html.of(mvc.perform(get("/events?country=bn")).andExpect(status().isOk())).text()).doesNotContain("Members-only bargaining clinic");
        assertThat(Html.of(mvc.perform(get("/events?country=bn").with(as(DEMO_MEMBER))).andExpect(status().isOk())).text())
                .contains("Members-only bargaining clinic");
        assertThat(Html.of(mvc.perform(get("/search?q=clinic")).andExpect(status().isOk())).text()).doesNotContain("Members-only bargaining clinic");
        assertThat(Html.of(mvc.perform(get("/search?q=clinic").with(as(DEMO_MEMBER))).andExpect(status().isOk())).text())
                .contains("Members-only bargaining clinic");
        assertThat(find(parse(mvc.perform(get("/events.ics").with(as(DEMO_MEMBER))).andExpect(status().isOk()).andReturn()), id))
                .as("the feed is the visitors' feed, whoever asks").isNull();
    }

    @Test
    void theCalendarFeedKeepsUidsRaisesSequenceMarksCancellationsAndAnswersConditionalRequests() throws Exception {
        long id = publish("Feed workshop on wage policy in Viet Nam", "PUBLIC");
        long other = idFrom(mvc.perform(event("/events/new", "Feed workshop in Cambodia", "PUBLIC", "countries", "kh")
                .with(as(DEMO_EDITOR))).andReturn());

        MvcResult first = mvc.perform(get("/events.ics?theme=wage-policy&country=vn")).andExpect(status().isOk()).andReturn();
        assertThat(first.getResponse().getContentType()).startsWith("text/calendar");
        ICalendar calendar = parse(first);
        assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
        VEvent entry = find(calendar, id);
        assertThat(entry).isNotNull();
        assertThat(find(calendar, other)).as("filtered by country").isNull();
        assertThat(entry.getSequence().getValue()).isZero();
        Instant expectedStart = LocalDateTime.parse(daysFromNow(20, 9)).atZone(BANGKOK).toInstant();
        assertThat(entry.getDateStart().getValue().toInstant()).as("09:00 in Bangkok, exactly").isEqualTo(expectedStart);

        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/events.ics?theme=wage-policy&country=vn").header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get("/events.ics?theme=wage-policy&country=vn").header("If-Modified-Since", first.getResponse().getHeader("Last-Modified")))
                .andExpect(status().isNotModified());

        Thread.sleep(5); // a later change: a later Last-Modified, a different ETag
        mvc.perform(event("/events/" + id + "/edit", "Feed workshop on wage policy in Viet Nam (new venue)", "PUBLIC",
                "startsAt", daysFromNow(20, 10)).with(as(DEMO_EDITOR))).andExpect(status().is3xxRedirection());
        MvcResult second = mvc.perform(get("/events.ics?theme=wage-policy&country=vn").header("If-None-Match", etag))
                .andExpect(status().isOk()).andReturn();
        VEvent edited = find(parse(second), id);
        assertThat(edited.getUid().getValue()).isEqualTo("event-" + id + "@apirnet.org");
        assertThat(edited.getSequence().getValue()).isEqualTo(1);
        assertThat(edited.getSummary().getValue()).endsWith("(new venue)");

        mvc.perform(post("/events/" + id + "/cancel").with(csrf()).with(as(DEMO_EDITOR))).andExpect(status().is3xxRedirection());
        VEvent cancelled = find(parse(mvc.perform(get("/events.ics?theme=wage-policy&country=vn")).andExpect(status().isOk()).andReturn()), id);
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getSequence().getValue()).isEqualTo(2);
        ICalendar single = parse(mvc.perform(get("/events/" + id + ".ics")).andExpect(status().isOk()).andReturn());
        assertThat(single.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(single.getEvents().getFirst().getStatus().getValue()).isEqualTo("CANCELLED");
        Document page = Html.of(mvc.perform(get("/events/" + id)).andExpect(status().isOk()));
        assertThat(page.select(".notice").text()).as("a cancelled event stays readable, marked").contains("Cancelled");
        assertThat(Html.of(mvc.perform(get("/events/" + id)).andExpect(status().isOk())).select("h1").text())
                .contains("Feed workshop");

        mvc.perform(post("/events/" + id + "/archive").with(csrf()).with(as(DEMO_EDITOR))).andExpect(status().is3xxRedirection());
        assertThat(find(parse(mvc.perform(get("/events.ics")).andExpect(status().isOk()).andReturn()), id)).isNull();
        assertThat(jdbc.queryForList("select action from audit_event where subject_kind = 'event' and subject_id = ? order by id",
                String.class, id)).containsExactly("PUBLISHED", "UPDATED", "CANCELLED", "ARCHIVED");
    }

    @Test
    void theMonthCalendarIsATableWithMonthLinksAndPastEventsShowTheirReports() throws Exception {
        long id = idFrom(mvc.perform(event("/events/new", "Calendar workshop", "PUBLIC", "countries", "tl")
                .with(as(DEMO_EDITOR))).andReturn());
        String month = daysFromNow(20, 9).substring(0, 7);
        Document calendar = Html.of(mvc.perform(get("/events?view=month&country=tl&month=" + month)).andExpect(status().isOk()));
        assertThat(calendar.select("table.calendar caption").text()).startsWith("Events in");
        assertThat(calendar.select("table.calendar thead th[scope=col]")).hasSize(7);
        assertThat(calendar.select("table.calendar a[href='/events/" + id + "']")).isNotEmpty();
        assertThat(calendar.select("a[rel=prev]").attr("href")).contains("view=month").contains("month=");
        assertThat(calendar.select("a[rel=next]").attr("href")).contains("view=month");

        long past = idFrom(mvc.perform(event("/events/new", "Past tripartite meeting", "PUBLIC", "countries", "tl",
                "startsAt", daysFromNow(-30, 9), "endsAt", daysFromNow(-30, 17), "registrationDeadline", "",
                "reportUrl", "/library/42").with(as(DEMO_EDITOR))).andReturn());
        Document upcoming = Html.of(mvc.perform(get("/events?country=tl")).andExpect(status().isOk()));
        assertThat(upcoming.text()).doesNotContain("Past tripartite meeting");
        Document archive = Html.of(mvc.perform(get("/events?when=past&country=tl")).andExpect(status().isOk()));
        assertThat(archive.select(".event-card h3 a[href='/events/" + past + "']")).isNotEmpty();
        assertThat(archive.select(".event-card a[href='/library/42']")).isNotEmpty();
    }
}

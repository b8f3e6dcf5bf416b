package org.apirnet.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.apirnet.platform.DataChanges;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.SqlStatementCounter;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The events pages run the same number of SQL statements whatever the number of events: lists, the month calendar,
 * facets and the feed come from the search index (the feed adds one indexed max() for its validator), and an event
 * page loads one event.
 */
class EventsQueryCountTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    DataChanges changes;

    @Autowired
    UserDetailsService users;

    @Test
    void statementsPerEventsPageDoNotGrowWithTheEvents() throws Exception {
        long first = seed(10);
        Map<String, Long> small = countStatements(first);
        seed(150);
        Map<String, Long> large = countStatements(first);

        assertThat(large).as("statements per page with 150 more events").isEqualTo(small);
        assertThat(small.get("visitor /events")).as("the list, its counts and facets: the index alone").isZero();
        assertThat(small.get("member /events?theme=wage-policy&country=kh")).isZero();
        assertThat(small.get("visitor /events?view=month&month=" + month())).as("the month calendar: the index alone").isZero();
        assertThat(small.get("visitor /events.ics?theme=wage-policy&country=kh")).as("the feed: one max() for its validator").isEqualTo(1L);
        assertThat(small.get("visitor /events/" + first)).as("the event and its tags").isBetween(1L, 3L);
    }

    private static String month() {
        return YearMonth.from(Instant.now().plus(Duration.ofDays(3)).atZone(ZoneOffset.UTC)).toString();
    }

    private Map<String, Long> countStatements(long eventId) throws Exception {
        SqlStatementCounter counter = new SqlStatementCounter(entityManagerFactory);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : List.of("/events", "/events?theme=wage-policy&country=kh", "/events?when=past",
                "/events?view=month&month=" + month(), "/events/" + eventId, "/events.ics?theme=wage-policy&country=kh",
                "/themes/wage-policy", "/countries/kh", "/")) {
            changes.changed(); // a visitor's page is rendered afresh, not served from memory
            counts.put("visitor " + path, counter.count(() -> mvc.perform(get(path)).andExpect(status().isOk())));
            MockHttpServletRequestBuilder asMember = get(path).with(user(users.loadUserByUsername(DEMO_MEMBER)));
            counts.put("member " + path, counter.count(() -> mvc.perform(asMember).andExpect(status().isOk())));
        }
        return counts;
    }

    /** Published events tagged wage policy and Cambodia, starting over the next days, written with SQL; the first id. */
    private long seed(int count) throws InterruptedException {
        long editor = jdbc.queryForObject("select id from account where email = ?", Long.class, DEMO_EDITOR);
        long firstId = 0;
        Instant base = Instant.now().plus(Duration.ofDays(3));
        for (int i = 0; i < count; i++) {
            Instant start = base.plus(Duration.ofHours(i % 48));
            Long id = jdbc.queryForObject("insert into event (title, summary, event_type, starts_at, ends_at, time_zone, language, "
                            + "visibility, status, cancelled, sequence, created_by, created_at, updated_by, updated_at, published_at) "
                            + "values (?, ?, 'WORKSHOP', ?, ?, 'Asia/Phnom_Penh', 'en', ?, 'PUBLISHED', ?, 0, ?, now(), ?, now(), now()) returning id",
                    Long.class, "Counted event " + i, "Summary " + i, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(3))),
                    i % 5 == 4 ? "MEMBERS" : "PUBLIC", i % 7 == 6, editor, editor);
            jdbc.update("insert into event_theme (event_id, theme_id) values (?, 13)", id);
            jdbc.update("insert into event_country (event_id, country_iso2) values (?, 'KH')", id);
            if (i == 0) {
                firstId = id;
            }
        }
        Search.mapping(entityManagerFactory).scope(Event.class).massIndexer().startAndWait();
        changes.changed();
        return firstId;
    }
}

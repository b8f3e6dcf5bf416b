package org.apirnet.library;

import java.sql.Timestamp;
import java.time.Instant;
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
 * Every page that shows resources runs the same number of SQL statements whatever the size of the library: lists,
 * counts, facets and related resources come from the search index, and a resource page loads one resource.
 */
class LibraryQueryCountTests extends PortalIntegrationTest {

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
    void statementsPerPageDoNotGrowWithTheLibrary() throws Exception {
        long first = seed(10);
        Map<String, Long> small = countStatements(first);
        seed(150);
        Map<String, Long> large = countStatements(first);

        assertThat(large).as("statements per page with 150 more resources").isEqualTo(small);
        assertThat(small.get("visitor /library")).as("the list, its counts and facets: the index alone").isZero();
        assertThat(small.get("member /library?theme=wage-policy&country=kh")).isZero();
        assertThat(small.get("visitor /library?q=wage&country=kh")).as("words within filters: the index alone").isZero();
        assertThat(small.get("visitor /search?q=wage")).as("search, its counts, facets and snippets: the index alone").isZero();
        assertThat(small.get("member /search?q=wage&country=kh&sort=date")).isZero();
        assertThat(small.get("visitor /search?q=wagw")).as("typo tolerance and did you mean: the index alone").isZero();
        assertThat(small.get("member /search/suggestions?q=wag")).isZero();
        assertThat(small.get("visitor /library/" + first)).as("the resource, its tags and files").isBetween(1L, 4L);
    }

    private Map<String, Long> countStatements(long resourceId) throws Exception {
        SqlStatementCounter counter = new SqlStatementCounter(entityManagerFactory);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : List.of("/", "/library", "/library?theme=wage-policy&country=kh", "/library?page=3", "/library?q=wage&country=kh", "/themes/wage-policy",
                "/countries/kh", "/library/" + resourceId, "/search?q=wage", "/search?q=wage&country=kh&sort=date",
                "/search?q=wagw", "/search/suggestions?q=wag")) {
            changes.changed(); // a visitor's page is rendered afresh, not served from memory
            counts.put("visitor " + path, counter.count(() -> mvc.perform(get(path)).andExpect(status().isOk())));
            MockHttpServletRequestBuilder asMember = get(path).with(user(users.loadUserByUsername(DEMO_MEMBER)));
            counts.put("member " + path, counter.count(() -> mvc.perform(asMember).andExpect(status().isOk())));
        }
        return counts;
    }

    /** Published resources tagged with wage policy and Cambodia, written with SQL and then indexed; returns the first id. */
    private long seed(int count) throws InterruptedException {
        long editor = jdbc.queryForObject("select id from account where email = ?", Long.class, DEMO_EDITOR);
        long firstId = 0;
        for (int i = 0; i < count; i++) {
            Long id = jdbc.queryForObject("insert into resource (title, summary, resource_type_id, language, visibility, status, "
                            + "created_by, created_at, updated_by, updated_at, published_at, external_url) values (?, ?, 1, 'en', ?, "
                            + "'PUBLISHED', ?, now(), ?, now(), ?, 'https://www.ilo.org/') returning id", Long.class,
                    "Counted resource " + i, "Summary " + i, i % 5 == 4 ? "MEMBERS" : "PUBLIC", editor, editor,
                    Timestamp.from(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(i * 3600L)));
            jdbc.update("insert into resource_theme (resource_id, theme_id) values (?, 13)", id);
            jdbc.update("insert into resource_country (resource_id, country_iso2) values (?, 'KH')", id);
            if (i == 0) {
                firstId = id;
            }
        }
        Search.mapping(entityManagerFactory).scope(Resource.class).massIndexer().startAndWait();
        return firstId;
    }
}

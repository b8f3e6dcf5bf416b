package org.apirnet.news;

import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.apirnet.platform.DataChanges;
import org.apirnet.support.PageStatements;
import org.apirnet.support.PortalIntegrationTest;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The news pages run the same number of SQL statements whatever the number of items: the list, its facets and the
 * latest-news blocks come from the search index, and an item's page loads one item.
 */
class NewsQueryCountTests extends PortalIntegrationTest {

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
    void statementsPerNewsPageDoNotGrowWithTheNews() throws Exception {
        long first = seed(10);
        Map<String, Long> small = countStatements(first);
        seed(150);
        Map<String, Long> large = countStatements(first);

        assertThat(large).as("statements per page with 150 more items").isEqualTo(small);
        assertThat(small.get("visitor /news")).as("the list, its counts and facets: the index alone").isZero();
        assertThat(small.get("member /news")).isZero();
        assertThat(small.get("member /news?theme=wage-policy&country=ir&kind=country-news")).isZero();
        assertThat(small.get("visitor /news?page=10000")).isZero();
        assertThat(small.get("visitor /news/" + first + "-counted-news-0")).as("the item, its tags and files").isBetween(1L, 4L);
        assertThat(small.get("member /news/" + first + "-counted-news-0")).isBetween(1L, 4L);
    }

    private Map<String, Long> countStatements(long itemId) throws Exception {
        return new PageStatements(mvc, entityManagerFactory, changes, users.loadUserByUsername(DEMO_MEMBER)).count(List.of(
                "/news", "/news?theme=wage-policy&country=ir&kind=country-news", "/news?page=10000",
                "/news/" + itemId + "-counted-news-0", "/themes/wage-policy", "/countries/ir", "/"));
    }

    /** Published items tagged wage policy and Iran, written with SQL (every fifth members-only); the first id. */
    private long seed(int count) throws InterruptedException {
        long editor = jdbc.queryForObject("select id from account where email = ?", Long.class, DEMO_EDITOR);
        Long existing = jdbc.queryForObject("select count(*) from news_item where title like 'Counted news %'", Long.class);
        long firstId = 0;
        Instant base = Instant.now().minus(Duration.ofDays(400));
        for (int i = 0; i < count; i++) {
            int n = (int) (existing + i);
            Timestamp at = Timestamp.from(base.plus(Duration.ofHours(n)));
            Long id = jdbc.queryForObject("insert into news_item (title, slug, summary, news_kind, language, visibility, status, "
                            + "created_by, created_at, updated_by, updated_at, published_at) "
                            + "values (?, ?, ?, ?, 'en', ?, 'PUBLISHED', ?, ?, ?, ?, ?) returning id",
                    Long.class, "Counted news " + n, "counted-news-" + n, "Summary " + n,
                    n % 3 == 0 ? "COUNTRY_NEWS" : "PROJECT_REPORT", n % 5 == 4 ? "MEMBERS" : "PUBLIC", editor, at, editor, at, at);
            jdbc.update("insert into news_item_theme (news_item_id, theme_id) values (?, 13)", id);
            jdbc.update("insert into news_item_country (news_item_id, country_iso2) values (?, 'IR')", id);
            if (i == 0) {
                firstId = id;
            }
        }
        Search.mapping(entityManagerFactory).scope(NewsItem.class).massIndexer().startAndWait();
        changes.changed();
        return firstId;
    }
}

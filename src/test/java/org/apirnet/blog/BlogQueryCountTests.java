package org.apirnet.blog;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
 * The blog pages run the same number of SQL statements whatever the number of posts and comments: the list and its
 * facets come from the index (the authors of a page in a fixed number of queries), a post's page loads the post, its authors and
 * its comments in a fixed number of queries.
 */
class BlogQueryCountTests extends PortalIntegrationTest {

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
    void statementsPerBlogPageDoNotGrowWithThePostsOrComments() throws Exception {
        long first = seed(10);
        Map<String, Long> small = countStatements(first);
        seed(150);
        Map<String, Long> large = countStatements(first);

        assertThat(large).as("statements per page with 150 more posts and their comments").isEqualTo(small);
        assertThat(small.get("visitor /blog")).as("the index, and the page's authors: " + small).isBetween(1L, 2L);
        assertThat(small.get("member /blog?country=lk&kind=analysis")).isBetween(1L, 2L);
        assertThat(small.get("visitor /blog?page=10000")).as("no hits, no authors to name: " + small).isZero();
        assertThat(small.get("visitor /blog/" + first + "-counted-post-0")).as("post with tags, author, comments, their names: " + small)
                .isBetween(3L, 6L);
        assertThat(small.get("member /blog/" + first + "-counted-post-0")).isBetween(3L, 6L);
    }

    private Map<String, Long> countStatements(long postId) throws Exception {
        return new PageStatements(mvc, entityManagerFactory, changes, users.loadUserByUsername(DEMO_MEMBER)).count(List.of(
                "/blog", "/blog?country=lk&kind=analysis", "/blog?page=10000", "/blog/" + postId + "-counted-post-0"));
    }

    /** Published posts tagged Sri Lanka, each with two approved comments by different members; the first id. */
    private long seed(int count) throws InterruptedException {
        long editor = jdbc.queryForObject("select id from account where email = ?", Long.class, DEMO_EDITOR);
        long member = jdbc.queryForObject("select id from account where email = ?", Long.class, DEMO_MEMBER);
        long moderator = jdbc.queryForObject("select id from account where email = ?", Long.class, DEMO_MODERATOR);
        Long existing = jdbc.queryForObject("select count(*) from blog_post where title like 'Counted post %'", Long.class);
        long firstId = 0;
        Instant base = Instant.now().minus(Duration.ofDays(400));
        for (int i = 0; i < count; i++) {
            int n = (int) (existing + i);
            Timestamp at = Timestamp.from(base.plus(Duration.ofHours(n)));
            Long id = jdbc.queryForObject("insert into blog_post (title, slug, summary, blog_kind, language, visibility, status, "
                            + "created_by, created_at, updated_by, updated_at, published_at) "
                            + "values (?, ?, ?, ?, 'en', ?, 'PUBLISHED', ?, ?, ?, ?, ?) returning id",
                    Long.class, "Counted post " + n, "counted-post-" + n, "Summary " + n,
                    n % 3 == 0 ? "ANALYSIS" : "REPORT", n % 5 == 4 ? "MEMBERS" : "PUBLIC", n % 2 == 0 ? editor : moderator,
                    at, editor, at, at);
            jdbc.update("insert into blog_post_theme (blog_post_id, theme_id) values (?, 13)", id);
            jdbc.update("insert into blog_post_country (blog_post_id, country_iso2) values (?, 'LK')", id);
            for (long author : new long[] {member, moderator}) {
                jdbc.update("insert into blog_comment (blog_post_id, author_id, body, status, created_at, decided_by, decided_at) "
                        + "values (?, ?, 'Counted comment', 'PUBLISHED', ?, ?, ?)", id, author, at, moderator, at);
            }
            if (i == 0) {
                firstId = id;
            }
        }
        // the first post gets more comments in the second round, so its page is measured with more of them
        if (existing > 0) {
            long firstPost = jdbc.queryForObject("select id from blog_post where slug = 'counted-post-0'", Long.class);
            for (int i = 0; i < 20; i++) {
                jdbc.update("insert into blog_comment (blog_post_id, author_id, body, status, created_at) "
                        + "values (?, ?, 'Another counted comment', 'PUBLISHED', now())", firstPost, i % 2 == 0 ? member : editor);
            }
        }
        Search.mapping(entityManagerFactory).scope(BlogPost.class).massIndexer().startAndWait();
        changes.changed();
        return firstId;
    }
}

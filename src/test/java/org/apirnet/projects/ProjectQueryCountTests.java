package org.apirnet.projects;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.apirnet.platform.DataChanges;
import org.apirnet.support.PageStatements;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.SqlStatementCounter;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The project pages run the same number of SQL statements whatever the number of projects and of the news and
 * resources that name one: the list, its facets and the theme and country blocks come from the search index, and a
 * project's page loads the project and asks the index for its items.
 */
class ProjectQueryCountTests extends PortalIntegrationTest {

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
    void statementsPerProjectPageDoNotGrowWithProjectsOrTheirItems() throws Exception {
        long project = seedProjects(5);
        seedItems(project, 3);
        Map<String, Long> small = countStatements(project);
        long editorSmall = editorStatements(project);
        seedProjects(100);
        seedItems(project, 120);
        Map<String, Long> large = countStatements(project);

        assertThat(large).as("statements per page with 100 more projects and 240 more items of one").isEqualTo(small);
        assertThat(editorStatements(project)).as("the editor's view, with the history").isEqualTo(editorSmall).isBetween(1L, 6L);
        assertThat(small.get("visitor /projects")).as("the list, its counts and facets: the index alone").isZero();
        assertThat(small.get("member /projects?country=mm&theme=wage-policy&stage=active")).isZero();
        assertThat(small.get("visitor /projects?page=10000")).isZero();
        assertThat(small.get("visitor /projects/" + project + "-counted-project-0")).as("the project and its tags").isBetween(1L, 3L);
        assertThat(small.get("member /projects/" + project + "-counted-project-0")).isBetween(1L, 3L);
    }

    private Map<String, Long> countStatements(long projectId) throws Exception {
        return new PageStatements(mvc, entityManagerFactory, changes, users.loadUserByUsername(DEMO_MEMBER)).count(List.of(
                "/projects", "/projects?country=mm&theme=wage-policy&stage=active", "/projects?page=10000",
                "/projects/" + projectId + "-counted-project-0", "/countries/mm", "/themes/wage-policy"));
    }

    private long editorStatements(long projectId) throws Exception {
        var editor = user(users.loadUserByUsername(DEMO_EDITOR));
        return new SqlStatementCounter(entityManagerFactory).count(() -> mvc.perform(get("/projects/" + projectId + "-counted-project-0")
                .with(editor)).andExpect(status().isOk()));
    }

    /** Active projects tagged wage policy and Myanmar, written with SQL; the first one's id. */
    private long seedProjects(int count) throws InterruptedException {
        long editor = jdbc.queryForObject("select id from account where email = ?", Long.class, DEMO_EDITOR);
        Long existing = jdbc.queryForObject("select count(*) from project where title like 'Counted project %'", Long.class);
        long firstId = 0;
        for (int i = 0; i < count; i++) {
            int n = (int) (existing + i);
            Long id = jdbc.queryForObject("insert into project (title, slug, summary, donors, partners, start_date, end_date, stage, "
                            + "language, visibility, status, created_by, created_at, updated_by, updated_at, published_at) "
                            + "values (?, ?, ?, 'A donor', 'A partner', date '2024-01-01' + ?, date '2028-01-01', 'ACTIVE', 'en', "
                            + "'PUBLIC', 'PUBLISHED', ?, now(), ?, now(), now()) returning id",
                    Long.class, "Counted project " + n, "counted-project-" + n, "Summary " + n, n, editor, editor);
            jdbc.update("insert into project_theme (project_id, theme_id) values (?, 13)", id);
            jdbc.update("insert into project_country (project_id, country_iso2) values (?, 'MM')", id);
            if (i == 0) {
                firstId = id;
            }
        }
        reindex();
        return firstId;
    }

    /** News items and resources naming the project (every fifth members-only). */
    private void seedItems(long projectId, int count) throws InterruptedException {
        long editor = jdbc.queryForObject("select id from account where email = ?", Long.class, DEMO_EDITOR);
        Instant base = Instant.now().minus(Duration.ofDays(300));
        for (int i = 0; i < count; i++) {
            Timestamp at = Timestamp.from(base.plus(Duration.ofHours(i)));
            String visibility = i % 5 == 4 ? "MEMBERS" : "PUBLIC";
            jdbc.update("insert into news_item (title, slug, summary, news_kind, language, visibility, status, created_by, created_at, "
                    + "updated_by, updated_at, published_at, project_id) values (?, 'project-news', 's', 'ILO_PROJECT_NEWS', 'en', ?, "
                    + "'PUBLISHED', ?, ?, ?, ?, ?, ?)", "Project news " + i, visibility, editor, at, editor, at, at, projectId);
            jdbc.update("insert into resource (title, summary, resource_type_id, language, visibility, status, created_by, created_at, "
                    + "updated_by, updated_at, published_at, external_url, project_id) values (?, 's', 1, 'en', ?, 'PUBLISHED', ?, ?, ?, ?, ?, "
                    + "'https://www.ilo.org/', ?)", "Project resource " + i, visibility, editor, at, editor, at, at, projectId);
        }
        reindex();
    }

    private void reindex() throws InterruptedException {
        Search.mapping(entityManagerFactory).scope(Object.class, List.of("Project", "NewsItem", "Resource")).massIndexer().startAndWait();
        changes.changed();
    }
}

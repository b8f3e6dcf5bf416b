package org.apirnet.identity.directory;

import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CompositionTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CompositionReport report;

    @Test
    void countsMatchTheDatabaseAndShowTheTargets() throws Exception {
        long governmentMembers = jdbc.queryForObject("select count(*) from account a join constituency_group g on g.id = a.constituency_group_id "
                + "where a.status = 'ACTIVE' and g.slug = 'government'", Long.class);
        long activeMembers = jdbc.queryForObject("select count(*) from account where status = 'ACTIVE'", Long.class);

        Document page = Html.of(mvc.perform(get("/admin/composition").with(user(users.loadUserByUsername(DEMO_ADMIN))))
                .andExpect(status().isOk()));
        assertThat(page.select("table:first-of-type tr:has(th:containsOwn(Government)) td").eachText())
                .startsWith(Long.toString(governmentMembers), "20");
        assertThat(page.select(".lead").text()).contains(activeMembers + " members", "target is 85");
        assertThat(page.select("svg[role=img] rect.chart-bar")).hasSizeGreaterThanOrEqualTo(7);
        assertThat(page.select("svg line.chart-target")).hasSize(5);

        MvcResult csv = mvc.perform(get("/admin/composition.csv").with(user(users.loadUserByUsername(DEMO_ADMIN))))
                .andExpect(status().isOk()).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("attachment", "apirnet-membership.csv");
        String body = csv.getResponse().getContentAsString();
        assertThat(body).startsWith("section,label,members,target\r\n")
                .contains("constituency group,Government," + governmentMembers + ",20\r\n")
                .contains("country,Thailand,");
    }

    @Test
    void spreadsheetFormulasInLabelsAreDefused() {
        assertThat(CompositionReport.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CompositionReport.cell("Workers' organization")).isEqualTo("Workers' organization");
        assertThat(CompositionReport.cell("Lao, PDR")).isEqualTo("\"Lao, PDR\"");
    }
}

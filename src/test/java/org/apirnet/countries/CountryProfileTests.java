package org.apirnet.countries;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Country IR profiles: indicators admins define as data, values editors give with their sources, and who may do what. */
class CountryProfileTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private MockHttpServletRequestBuilder value(String path, String value, String source, String year) {
        return post(path).with(csrf()).with(as(DEMO_EDITOR)).param("value", value).param("sourceUrl", source)
                .param("referenceYear", year).param("sourceTitle", "").param("note", "").param("sinceYear", "")
                .param("version", currentVersion(path));
    }

    /** The version field as the edit form would carry it now. */
    private String currentVersion(String path) {
        try {
            Document form = Html.of(mvc.perform(get(path).with(as(DEMO_EDITOR))).andExpect(status().isOk()));
            return form.select("input[name=version]").val();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCountryPageShowsEveryIndicatorByGroupWithSourcesAndMarksDemoValuesAsSamples() throws Exception {
        Document page = Html.of(mvc.perform(get("/countries/kh")).andExpect(status().isOk()));
        assertThat(page.select(".profile h3").eachText())
                .startsWith("International labour standards", "Industrial relations", "Legal framework and institutions");
        var c87 = page.select(".profile tr:has(th:contains(Ratified C87))").first();
        assertThat(c87.select("td").first().text()).startsWith("Yes (1999)").contains("Sample");
        assertThat(c87.select("td a").attr("href")).isEqualTo("https://www.ilo.org/");
        assertThat(page.select(".profile tr:has(th:contains(Trade union density)) td").first().text()).startsWith("9.6%");
        assertThat(page.select(".profile .notice").text()).contains("made up");
        assertThat(page.select(".profile .hint").first().text()).startsWith("Last updated");
        // Visitors get no edit links; the routes are guarded anyway (see the role matrix).
        assertThat(page.select("a[href^='/countries/kh/indicators/']")).isEmpty();
        // A country without values: every indicator shows as missing, never as zero.
        Document empty = Html.of(mvc.perform(get("/countries/mn")).andExpect(status().isOk()));
        assertThat(empty.select(".profile td.missing")).hasSize(jdbc.queryForObject("select count(*) from indicator", Integer.class));
        assertThat(empty.select(".profile").text()).contains("No values have been given yet").doesNotContain("0%");
        Document asEditor = Html.of(mvc.perform(get("/countries/mn").with(as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(asEditor.select("a[href='/countries/mn/indicators/trade-union-density']")).hasSize(1);
    }

    @Test
    void anEditorGivesAValueWithItsSourceAndTheChangeIsInTheAuditTrail() throws Exception {
        String path = "/countries/np/indicators/trade-union-density";
        mvc.perform(value(path, "14.25", "https://ilostat.ilo.org/data", "2023"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/countries/np#group-industrial-relations"));
        Document page = Html.of(mvc.perform(get("/countries/np")).andExpect(status().isOk()));
        var row = page.select(".profile tr:has(th:contains(Trade union density))").first();
        assertThat(row.select("td").first().text()).isEqualTo("14.25%");
        assertThat(row.select("td").get(1).text()).contains("2023", "updated");
        assertThat(page.select(".profile .notice")).as("not a sample").isEmpty();

        mvc.perform(value(path, "15", "https://ilostat.ilo.org/data", "2024")).andExpect(status().is3xxRedirection());
        Document form = Html.of(mvc.perform(get(path).with(as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(form.select("#value").val()).isEqualTo("15");
        assertThat(form.select(".history li").eachText()).hasSize(2);
        assertThat(form.select(".history li").first().text()).contains("Value set", "14.25% → 15%", "reference year 2024");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_kind = 'indicator_value' and action = 'VALUE_SET' "
                + "and subject_id = (select id from indicator_value where country_iso2 = 'NP' and indicator_id = "
                + "(select id from indicator where slug = 'trade-union-density'))", Long.class)).isEqualTo(2);

        // Taken away: missing again, the history kept.
        mvc.perform(post(path).with(csrf()).with(as(DEMO_EDITOR)).param("action", "remove").param("version", currentVersion(path)))
                .andExpect(status().is3xxRedirection());
        Document after = Html.of(mvc.perform(get("/countries/np")).andExpect(status().isOk()));
        assertThat(after.select(".profile tr:has(th:contains(Trade union density)) td.missing")).hasSize(1);
        assertThat(Html.of(mvc.perform(get(path).with(as(DEMO_EDITOR)))).select(".history li").first().text()).contains("Value taken away");
    }

    @Test
    void valuesOfTheWrongTypeGetFieldMessagesAndKeepWhatWasTyped() throws Exception {
        record Case(String indicator, String value, String sinceYear, String source, String year, String field, String message) {
        }
        List<Case> cases = List.of(
                new Case("trade-union-density", "twelve", "", "https://ilo.org/", "2024", "value", "a number"),
                new Case("trade-union-density", "1e5", "", "https://ilo.org/", "2024", "value", "a number"),
                new Case("trade-union-density", "12,5", "", "https://ilo.org/", "2024", "value", "no commas"),
                new Case("trade-union-density", "12", "", "javascript:alert(1)", "2024", "sourceUrl", "http://"),
                new Case("trade-union-density", "12", "", "", "2024", "sourceUrl", "link to the source"),
                new Case("trade-union-density", "12", "", "https://ilo.org/", "24", "referenceYear", "between 1800"),
                new Case("trade-union-density", "12", "", "https://ilo.org/", "2999", "referenceYear", "between 1800"),
                new Case("trade-union-density", "12", "", "https://ilo.org/", "", "referenceYear", "year the value describes"),
                new Case("trade-union-density", "", "", "https://ilo.org/", "2024", "value", "give a value"),
                new Case("c87", "maybe", "", "https://ilo.org/", "2024", "value", "yes or no"),
                new Case("c87", "no", "1999", "https://ilo.org/", "2024", "sinceYear", "with \u201cyes\u201d only"),
                new Case("c87", "yes", "19x9", "https://ilo.org/", "2024", "sinceYear", "between 1800"),
                new Case("minimum-wage-setting", "Whatever the minister says", "", "https://ilo.org/", "2024", "value", "listed values"),
                new Case("main-labour-law", "x".repeat(2001), "", "https://ilo.org/", "2024", "value", "at most 2000"));
        for (Case c : cases) {
            String path = "/countries/lk/indicators/" + c.indicator();
            Document page = Html.of(mvc.perform(post(path).with(csrf()).with(as(DEMO_EDITOR)).param("value", c.value())
                    .param("sinceYear", c.sinceYear()).param("sourceUrl", c.source()).param("referenceYear", c.year())
                    .param("note", "kept note").param("version", "")).andExpect(status().isOk()));
            assertThat(page.select("#" + c.field() + "-error").text()).as("%s = %s", c.indicator(), c.value()).contains(c.message());
            assertThat(page.select("#note").text()).as("what was typed is kept").isEqualTo("kept note");
            assertThat(page.html()).doesNotContain("Exception");
        }
        assertThat(jdbc.queryForObject("select count(*) from indicator_value v join indicator i on i.id = v.indicator_id "
                + "where v.country_iso2 = 'LK' and i.slug in ('trade-union-density', 'c87', 'minimum-wage-setting', 'main-labour-law')",
                Long.class)).as("nothing stored").isZero();
    }

    @Test
    void aFormFilledBeforeSomeoneElsesChangeIsRefusedWithTheTypingKept() throws Exception {
        String path = "/countries/bd/indicators/collective-bargaining-coverage";
        String before = currentVersion(path);
        mvc.perform(value(path, "4", "https://ilo.org/a", "2022")).andExpect(status().is3xxRedirection());
        Document page = Html.of(mvc.perform(post(path).with(csrf()).with(as(DEMO_ADMIN)).param("value", "5")
                .param("sourceUrl", "https://ilo.org/b").param("referenceYear", "2023").param("version", before))
                .andExpect(status().isOk()));
        assertThat(page.select("p.error[role=alert]").text()).contains("Someone changed this value");
        assertThat(page.select("#value").val()).isEqualTo("5");
        assertThat(page.select(".facts dd").text()).isEqualTo("4%");
        assertThat(jdbc.queryForObject("select number_value from indicator_value where country_iso2 = 'BD' and indicator_id = "
                + "(select id from indicator where slug = 'collective-bargaining-coverage')", java.math.BigDecimal.class))
                .isEqualByComparingTo("4");
    }

    @Test
    void anAdminAddsAnIndicatorOfEachTypeWithoutCodeAndEditorsFillIt() throws Exception {
        mvc.perform(post("/admin/indicators/new").with(csrf()).with(as(DEMO_ADMIN)).param("name", "Labour court established")
                        .param("description", "").param("group", "").param("newGroup", "Courts and tribunals").param("type", "DATE")
                        .param("unit", "").param("choices", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/indicators"));
        Document list = Html.of(mvc.perform(get("/admin/indicators").with(as(DEMO_ADMIN))).andExpect(status().isOk()));
        assertThat(list.select("h2").eachText()).contains("Courts and tribunals");
        assertThat(list.select("a[href='/admin/indicators/labour-court-established']").text()).isEqualTo("Labour court established");

        String path = "/countries/mv/indicators/labour-court-established";
        Document bad = Html.of(mvc.perform(value(path, "2019-02-30", "https://ilo.org/", "2024")).andExpect(status().isOk()));
        assertThat(bad.select("#value-error").text()).contains("year-month-day");
        mvc.perform(value(path, "2008-08-07", "https://ilo.org/", "2024")).andExpect(status().is3xxRedirection());
        Document country = Html.of(mvc.perform(get("/countries/mv")).andExpect(status().isOk()));
        assertThat(country.select(".profile h3").eachText()).contains("Courts and tribunals");
        assertThat(country.select(".profile tr:has(th:contains(Labour court established)) td").first().text()).isEqualTo("7 August 2008");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_kind = 'indicator' and action = 'INDICATOR_ADDED'",
                Long.class)).isPositive();
    }

    @Test
    void indicatorDefinitionsAreCheckedAndTheTypeOfAnExistingOneCannotChange() throws Exception {
        Map<String, Map<String, String>> cases = Map.of(
                "name", Map.of("name", "Trade union density", "group", "industrial-relations", "type", "NUMBER"),
                "type", Map.of("name", "Something new", "group", "industrial-relations", "type", "COLOUR"),
                "group", Map.of("name", "Something newer", "group", "no-such-group", "type", "TEXT"),
                "newGroup", Map.of("name", "Something newest", "group", "industrial-relations", "newGroup", "Also this", "type", "TEXT"),
                "choices", Map.of("name", "One choice only", "group", "industrial-relations", "type", "CHOICE", "choices", "Only"),
                "unit", Map.of("name", "Text with a unit", "group", "industrial-relations", "type", "TEXT", "unit", "kg"));
        for (var c : cases.entrySet()) {
            MockHttpServletRequestBuilder request = post("/admin/indicators/new").with(csrf()).with(as(DEMO_ADMIN));
            c.getValue().forEach(request::param);
            Document page = Html.of(mvc.perform(request).andExpect(status().isOk()));
            assertThat(page.select("#" + c.getKey() + "-error").text()).as(c.getKey()).isNotBlank();
            assertThat(page.select("#name").val()).isEqualTo(c.getValue().get("name"));
        }
        Document changed = Html.of(mvc.perform(post("/admin/indicators/trade-union-density").with(csrf()).with(as(DEMO_ADMIN))
                .param("name", "Trade union density").param("group", "industrial-relations").param("type", "TEXT").param("unit", "%"))
                .andExpect(status().isOk()));
        assertThat(changed.select("#type-error").text()).contains("cannot change");
        // A choice still in use cannot be removed.
        Document inUse = Html.of(mvc.perform(post("/admin/indicators/minimum-wage-setting").with(csrf()).with(as(DEMO_ADMIN))
                .param("name", "Minimum wage setting mechanism").param("group", "industrial-relations").param("type", "CHOICE")
                .param("choices", "Collective bargaining\nNo statutory minimum wage")).andExpect(status().isOk()));
        assertThat(inUse.select("#choices-error").text()).contains("is the value of");
    }

    enum Who { VISITOR, MEMBER, MODERATOR, EDITOR, ADMIN }

    private static final Map<Who, String> EMAILS = Map.of(Who.MEMBER, DEMO_MEMBER, Who.MODERATOR, DEMO_MODERATOR,
            Who.EDITOR, DEMO_EDITOR, Who.ADMIN, DEMO_ADMIN);

    static Stream<Arguments> routes() {
        int[] open = {200, 200, 200, 200, 200};
        int[] editors = {302, 403, 403, 200, 200};
        int[] editorsPost = {302, 403, 403, 200, 200}; // 200: the form again, with its field messages
        int[] admins = {302, 403, 403, 403, 200};
        return Stream.of(
                Arguments.of("GET", "/countries/vn", open),
                Arguments.of("GET", "/countries/compare?country=vn&country=th&group=labour-standards", open),
                Arguments.of("GET", "/countries/compare.csv?country=vn&indicator=c87", open),
                Arguments.of("GET", "/countries/vn/indicators/c87", editors),
                Arguments.of("POST", "/countries/vn/indicators/c87", editorsPost),
                Arguments.of("GET", "/admin/indicators", admins),
                Arguments.of("GET", "/admin/indicators/new", admins),
                Arguments.of("GET", "/admin/indicators/c87", admins),
                Arguments.of("POST", "/admin/indicators/new", admins),
                Arguments.of("POST", "/admin/indicators/c87", admins));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void eachRoleGetsWhatTheTableSays(String method, String path, int[] expected) throws Exception {
        for (Who who : Who.values()) {
            // An empty form: whoever may post it gets it back with messages, and nothing changes.
            MockHttpServletRequestBuilder request = "GET".equals(method) ? get(path) : post(path).with(csrf()).param("name", "");
            if (who != Who.VISITOR) {
                request.with(as(EMAILS.get(who)));
            }
            MvcResult result = mvc.perform(request).andReturn();
            assertThat(result.getResponse().getStatus()).as("%s %s as %s", method, path, who).isEqualTo(expected[who.ordinal()]);
            if (result.getResponse().getStatus() == 302) {
                assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
            }
        }
    }

    @Test
    void unknownCountriesAndIndicatorsAreNotFound() throws Exception {
        for (String path : List.of("/countries/zz/indicators/c87", "/countries/vn/indicators/no-such-indicator",
                "/countries/v1/indicators/c87", "/admin/indicators/no-such-indicator", "/countries/vn/indicators/" + "a".repeat(300))) {
            assertThat(mvc.perform(get(path).with(as(DEMO_ADMIN))).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
        }
        assertThat(mvc.perform(post("/countries/zz/indicators/c87").with(csrf()).with(as(DEMO_EDITOR)).param("value", "yes"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}

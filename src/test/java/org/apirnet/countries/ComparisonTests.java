package org.apirnet.countries;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apirnet.platform.DataChanges;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.SqlStatementCounter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Cross-country comparisons: the table the URL asks for, sorted by any column, as a page and as CSV. */
class ComparisonTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    DataChanges changes;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private List<String> column(Document page, int index) {
        return page.select("table.comparison tbody tr").stream()
                .map(row -> index == 0 ? row.select("th").text() : row.select("td").get(index - 1).text()).toList();
    }

    @Test
    void threeCountriesSideBySideWithMissingValuesShownAsMissing() throws Exception {
        Document page = Html.of(mvc.perform(get("/countries/compare?country=vn&country=kh&country=mn&indicator=c87&indicator=trade-union-density"))
                .andExpect(status().isOk()));
        assertThat(page.select("table.comparison caption").text()).startsWith("3 countries, 2 indicators");
        assertThat(page.select("table.comparison thead th").eachText().getFirst()).startsWith("Country");
        assertThat(column(page, 0)).containsExactly("Cambodia", "Mongolia", "Viet Nam");
        assertThat(column(page, 1).get(0)).startsWith("Yes (1999)");
        assertThat(column(page, 1).get(2)).startsWith("No");
        Element mongoliaDensity = page.select("table.comparison tbody tr").get(1).select("td").get(1);
        assertThat(mongoliaDensity.hasClass("missing")).isTrue();
        assertThat(mongoliaDensity.text()).isEqualTo("—No value").doesNotContain("0");
        assertThat(page.select("a[href^='/countries/compare.csv']").attr("href"))
                .isEqualTo("/countries/compare.csv?country=vn&country=kh&country=mn&indicator=c87&indicator=trade-union-density");
        assertThat(page.select(".notice").text()).contains("made up");
    }

    @Test
    void anyColumnSortsBothWaysAndMissingValuesStayLast() throws Exception {
        String base = "/countries/compare?subregion=south-east-asia&indicator=trade-union-density";
        Document ascending = Html.of(mvc.perform(get(base + "&sort=trade-union-density")).andExpect(status().isOk()));
        List<String> values = column(ascending, 1);
        assertThat(values.subList(0, 4)).containsExactly("3.1% Sample source, 2024", "7% Sample source, 2024",
                "8.7% Sample source, 2024", "9.6% Sample source, 2024");
        assertThat(column(ascending, 0).subList(0, 5)).containsExactly("Thailand", "Indonesia", "Philippines", "Cambodia", "Viet Nam");
        assertThat(values.getLast()).contains("No value");
        assertThat(ascending.select("th[aria-sort]").attr("aria-sort")).isEqualTo("ascending");
        assertThat(ascending.select("th[aria-sort=ascending] a").attr("href")).endsWith("&sort=trade-union-density&dir=desc");

        Document descending = Html.of(mvc.perform(get(base + "&sort=trade-union-density&dir=desc")).andExpect(status().isOk()));
        assertThat(column(descending, 0).subList(0, 5)).containsExactly("Viet Nam", "Cambodia", "Philippines", "Indonesia", "Thailand");
        assertThat(column(descending, 1).getLast()).contains("No value");
        Document byCountry = Html.of(mvc.perform(get(base + "&dir=desc")).andExpect(status().isOk()));
        assertThat(column(byCountry, 0).getFirst()).isEqualTo("Viet Nam");
        assertThat(column(byCountry, 0).getLast()).isEqualTo("Brunei Darussalam");
        assertThat(column(byCountry, 0)).hasSize(11);
    }

    @Test
    void theCsvHoldsTheSameTableWithSourcesAndDefusesFormulas() throws Exception {
        long editor = jdbc.queryForObject("select id from account where email = ?", Long.class, DEMO_EDITOR);
        mvc.perform(post("/countries/pk/indicators/tripartite-bodies").with(csrf()).with(user(users.loadUserByUsername(DEMO_EDITOR)))
                .param("value", "=HYPERLINK(\"https://evil.example\",\"click\")").param("sourceUrl", "https://ilo.org/pk")
                .param("referenceYear", "2024").param("note", "@SUM(A1:A2)").param("version", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(editor).isPositive();
        MockHttpServletResponse response = mvc.perform(get("/countries/compare.csv?country=pk&country=vn&indicator=tripartite-bodies"
                + "&indicator=trade-union-density&sort=country&dir=desc")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "apirnet-country-comparison.csv");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().get().parse(new StringReader(body.substring(1))).getRecords();
        // Columns in the portal's order of indicators, whatever the order in the URL.
        assertThat(records.getFirst().toList()).containsExactly("Country", "ISO code",
                "Trade union density", "Trade union density - reference year", "Trade union density - source", "Trade union density - note",
                "Tripartite bodies", "Tripartite bodies - reference year", "Tripartite bodies - source", "Tripartite bodies - note");
        assertThat(records.get(1).get(0)).isEqualTo("Viet Nam");
        assertThat(records.get(1).get(2)).isEqualTo("12.5%");
        assertThat(records.get(1).get(5)).startsWith("Sample value");
        assertThat(records.get(1).get(6)).as("missing is empty, not zero").isEmpty();
        assertThat(records.get(2).get(0)).isEqualTo("Pakistan");
        assertThat(records.get(2).get(2)).isEmpty();
        assertThat(records.get(2).get(6)).isEqualTo("'=HYPERLINK(\"https://evil.example\",\"click\")");
        assertThat(records.get(2).get(7)).isEqualTo("2024");
        assertThat(records.get(2).get(8)).isEqualTo("https://ilo.org/pk");
        assertThat(records.get(2).get(9)).isEqualTo("'@SUM(A1:A2)");
        assertThat(records).hasSize(3);
    }

    @Test
    void unknownCountriesOrIndicatorsAreNamedOnThePageAndNotFoundAsCsv() throws Exception {
        Document page = Html.of(mvc.perform(get("/countries/compare?country=vn&country=zz&country=<b>&indicator=c87&indicator=nope&subregion=atlantis"))
                .andExpect(status().isOk()));
        assertThat(page.select("p.error").eachText()).containsExactly(
                "Not a country or subregion of the portal, left out: atlantis, zz, <b>.",
                "Not an indicator or group of the portal, left out: nope.");
        assertThat(page.html()).doesNotContain("<b>,");
        assertThat(column(page, 0)).containsExactly("Viet Nam");
        for (String path : List.of("/countries/compare.csv?country=vn&country=zz&indicator=c87",
                "/countries/compare.csv?country=vn&indicator=nope", "/countries/compare.csv", "/countries/compare.csv?country=vn")) {
            assertThat(getFromServer(path).statusCode()).as(path).isEqualTo(404);
        }
        // Nothing chosen, or hostile parameters: the picker, never an error.
        for (String path : List.of("/countries/compare", "/countries/compare?sort=%27%3B--&dir=sideways",
                "/countries/compare?country=" + "v".repeat(5000), "/countries/compare?group=&indicator=&country=")) {
            Document picker = Html.of(mvc.perform(get(path)).andExpect(status().isOk()));
            assertThat(picker.select("table.comparison")).isEmpty();
            assertThat(picker.select("input[name=country]")).hasSize(35);
        }
    }

    @Test
    void allCountriesAndAllIndicatorsRenderWithAFixedNumberOfStatements() throws Exception {
        SqlStatementCounter counter = new SqlStatementCounter(entityManagerFactory);
        String everything = "/countries/compare?subregion=east-asia&subregion=south-east-asia&subregion=south-asia&subregion=pacific"
                + "&group=labour-standards&group=industrial-relations&group=legal-framework";
        var member = user(users.loadUserByUsername(DEMO_MEMBER));
        changes.changed();
        mvc.perform(get(everything)).andExpect(status().isOk()); // definitions read once
        Map<String, Long> counts = Map.of(
                "compare", counter.count(() -> mvc.perform(get(everything).with(member))
                        .andExpect(status().isOk())),
                "csv", counter.count(() -> mvc.perform(get(everything.replace("compare?", "compare.csv?"))).andExpect(status().isOk())),
                "country", counter.count(() -> mvc.perform(get("/countries/vn").with(member))
                        .andExpect(status().isOk())));
        assertThat(counts.get("compare")).as("the values, in one query, and kept: the visitor's request asked already").isZero();
        assertThat(counts.get("csv")).isZero();
        changes.changed();
        mvc.perform(get("/countries")).andExpect(status().isOk());
        assertThat(counter.count(() -> mvc.perform(get(everything).with(member)).andExpect(status().isOk())))
                .as("after a change: the definitions and the values again, one query each").isEqualTo(3);
        assertThat(counts.get("country")).as("the country's values; its content comes from the index").isEqualTo(1);
        Document page = Html.of(mvc.perform(get(everything)));
        assertThat(page.select("table.comparison tbody tr")).hasSize(35);
    }
}

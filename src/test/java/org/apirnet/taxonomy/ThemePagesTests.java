package org.apirnet.taxonomy;

import java.net.http.HttpResponse;

import jakarta.persistence.EntityManagerFactory;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.SqlStatementCounter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ThemePagesTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void homePageLinksToEveryThemeDirectly() throws Exception {
        Document home = Html.of(mvc.perform(get("/")).andExpect(status().isOk()));
        for (String slug : ReferenceDataTests.THEME_SLUGS) {
            assertThat(home.select("#home-themes-heading ~ ul a[href='/themes/" + slug + "']")).as(slug).hasSize(1);
        }
        assertThat(home.select("main a[href='/countries/th']").text()).isEqualTo("Thailand");
    }

    @Test
    void homePageCostsAFixedNumberOfQueries() throws Exception {
        long statements = new SqlStatementCounter(entityManagerFactory)
                .count(() -> mvc.perform(get("/")).andExpect(status().isOk()));
        // Reference data comes from memory once cached; the library block costs its page, count and two collection batches.
        assertThat(statements).isLessThanOrEqualTo(8);
    }

    @Test
    void themesPageListsAllEighteen() throws Exception {
        Document themes = Html.of(mvc.perform(get("/themes")).andExpect(status().isOk()));
        assertThat(themes.select("main li h2 a")).hasSize(18);
        assertThat(themes.select("h1").text()).isEqualTo("Themes");
        assertThat(themes.select("nav.main-nav a[aria-current=page]").text()).isEqualTo("Themes");
    }

    @Test
    void everyThemeHasItsPage() throws Exception {
        for (String slug : ReferenceDataTests.THEME_SLUGS) {
            Document page = Html.of(mvc.perform(get("/themes/" + slug)).andExpect(status().isOk()));
            assertThat(page.select("h1")).as(slug).hasSize(1);
        }
        Document employers = Html.of(mvc.perform(get("/themes/employers-organizations")));
        assertThat(employers.select("h1").text()).isEqualTo("Employers' Organizations");
        assertThat(employers.select("section:has(#tagged-library-heading)").text()).contains("No resource has been published here yet.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/themes/no-such-theme", "/themes/COLLECTIVE-BARGAINING", "/themes/%3Cscript%3E",
            "/themes/x'%20or%20'1'='1"})
    void unknownThemesGetTheNotFoundPage(String path) throws Exception {
        HttpResponse<String> response = getFromServer(path);
        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.html()).doesNotContain("Exception");
        assertThat(page.select("script").eachAttr("src")).as("no script but the portal's own").satisfiesExactly(
                src -> assertThat(src).matches("/js/search-suggest-[0-9a-f]{32}\\.js"),
                src -> assertThat(src).matches("/js/characters-left-[0-9a-f]{32}\\.js"));
    }
}

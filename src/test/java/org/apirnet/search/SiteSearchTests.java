package org.apirnet.search;

import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SiteSearchTests extends PortalIntegrationTest {

    private static final String THEME = "collective-bargaining";

    @Autowired
    SiteSearch search;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    MockMvc mvc;

    private String originalDescription;

    @AfterEach
    void restoreDescription() {
        if (originalDescription != null) {
            taxonomy.describeTheme(THEME, originalDescription);
        }
    }

    private void describeCollectiveBargaining(String description) {
        originalDescription = taxonomy.theme(THEME).map(Theme::getDescription).orElseThrow();
        taxonomy.describeTheme(THEME, description);
    }

    @Test
    void englishWordsAreFoundByTheirStem() {
        // The description says "Negotiation of wages…": other forms of both words must find it.
        assertThat(search.search("negotiating wage", 0).hits())
                .extracting(SearchHit::url).containsExactly("/themes/" + THEME);
        assertThat(search.search("bargained", 0).hits()).extracting(SearchHit::url).contains("/themes/" + THEME);
    }

    @Test
    void thaiAndChineseWordsAreFoundInsideUnspacedText() {
        // Thai and Chinese are written without spaces between words; only ICU segmentation finds a word inside a run.
        describeCollectiveBargaining("การเจรจาต่อรองร่วมระดับชาติ และ 集体谈判制度");

        assertThat(search.search("ต่อรอง", 0).hits()).extracting(SearchHit::url).containsExactly("/themes/" + THEME);
        assertThat(search.search("ระดับชาติ", 0).hits()).extracting(SearchHit::url).containsExactly("/themes/" + THEME);
        assertThat(search.search("谈判", 0).hits()).extracting(SearchHit::url).containsExactly("/themes/" + THEME);
        assertThat(search.search("แรงงาน", 0).hits()).as("a Thai word that is not there").isEmpty();
    }

    @Test
    void countriesAreFoundByName() {
        assertThat(search.search("viet nam", 0).hits()).extracting(SearchHit::url).containsExactly("/countries/vn");
    }

    @Test
    void emptyOverlongAndSyntacticallyOddQueriesGiveAPageNotAnError() throws Exception {
        assertThat(search.search("   ", 0).totalHits()).isZero();
        assertThat(search.search("x".repeat(SiteSearch.MAX_QUERY_LENGTH + 1), 0).totalHits()).isZero();
        assertThat(search.search("\"unbalanced (AND -", 0)).isNotNull();
        assertThat(search.search("labour", Integer.MAX_VALUE).page()).isEqualTo(SiteSearch.MAX_PAGE);

        Document tooLong = Html.of(mvc.perform(get("/search").param("q", "x".repeat(500))).andExpect(status().isOk()));
        assertThat(tooLong.select("p[role=alert]").text()).contains("longer than 200 characters");
        assertThat(tooLong.select("#search-page-q").val()).as("what was typed is kept").hasSize(500);
        Document badPage = Html.of(mvc.perform(get("/search").param("q", "labour").param("page", "not-a-number"))
                .andExpect(status().isOk()));
        assertThat(badPage.select("ol.results > li")).isNotEmpty();
        Document script = Html.of(mvc.perform(get("/search").param("q", "<script>alert(1)</script>"))
                .andExpect(status().isOk()));
        assertThat(script.select("script")).isEmpty();
        assertThat(script.select("#search-page-q").val()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void resultsPageLinksToWhatWasFound() throws Exception {
        Document page = Html.of(mvc.perform(get("/search").param("q", "tripartism")).andExpect(status().isOk()));
        assertThat(page.select("ol.results > li").first().select("a").attr("href")).isEqualTo("/themes/tripartism");
        assertThat(page.select("#search-page-q").val()).isEqualTo("tripartism");
        assertThat(page.select("p[role=status]").text()).isEqualTo("Results 1–1 of 1 for “tripartism”");
    }
}

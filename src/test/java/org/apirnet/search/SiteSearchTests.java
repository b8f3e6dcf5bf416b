package org.apirnet.search;

import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SiteSearchTests extends PortalIntegrationTest {

    private static final String THEME = "collective-bargaining";

    @Autowired
    SiteSearch search;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

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
        assertThat(search.search("negotiating wage", 0, false).hits())
                .extracting(SearchHit::url).containsExactly("/themes/" + THEME);
        assertThat(search.search("bargained", 0, false).hits()).extracting(SearchHit::url).contains("/themes/" + THEME);
    }

    @Test
    void thaiAndChineseWordsAreFoundInsideUnspacedText() {
        // Thai and Chinese are written without spaces between words; only ICU segmentation finds a word inside a run.
        describeCollectiveBargaining("การเจรจาต่อรองร่วมระดับชาติ และ 集体谈判制度");

        assertThat(search.search("ต่อรอง", 0, false).hits()).extracting(SearchHit::url).containsExactly("/themes/" + THEME);
        assertThat(search.search("ระดับชาติ", 0, false).hits()).extracting(SearchHit::url).containsExactly("/themes/" + THEME);
        assertThat(search.search("谈判", 0, false).hits()).extracting(SearchHit::url).containsExactly("/themes/" + THEME);
        assertThat(search.search("แรงงาน", 0, false).hits()).as("a Thai word that is not there").isEmpty();
    }

    @Test
    void countriesAreFoundByName() {
        assertThat(search.search("viet nam", 0, false).hits()).extracting(SearchHit::url).containsExactly("/countries/vn");
    }

    @Test
    void emptyOverlongAndSyntacticallyOddQueriesGiveAPageNotAnError() throws Exception {
        assertThat(search.search("   ", 0, false).totalHits()).isZero();
        assertThat(search.search("x".repeat(SiteSearch.MAX_QUERY_LENGTH + 1), 0, false).totalHits()).isZero();
        assertThat(search.search("\"unbalanced (AND -", 0, false)).isNotNull();
        assertThat(search.search("labour", Integer.MAX_VALUE, false).page()).isEqualTo(SiteSearch.MAX_PAGE);

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

    /** Saves a resource as the demo editor (publish, or a draft) and returns its page. */
    private String saveResource(String title, String body, String visibility, String action) throws Exception {
        return mvc.perform(multipart("/library/new").param("title", title).param("summary", "Summary of " + title)
                        .param("body", body).param("type", "policy-advice").param("themes", "13").param("language", "en")
                        .param("externalUrl", "https://www.ilo.org/x").param("visibility", visibility).param("action", action)
                        .with(csrf()).with(user(users.loadUserByUsername(DEMO_EDITOR))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void contentOfEveryDeclaredKindIsFoundAsTheViewerMaySeeIt() throws Exception {
        String open = saveResource("Zebrafinch minimum wage fixing", "Boards fixing wages by sector.", "PUBLIC", "publish");
        String members = saveResource("Zebrafinch members briefing", "Minimum wages, for members.", "MEMBERS", "publish");
        String draft = saveResource("Zebrafinch draft note", "Minimum wage draft.", "PUBLIC", "draft");

        assertThat(search.search("zebrafinch minimum wages", 0, false).hits()).as("all words, by stem")
                .extracting(SearchHit::url).containsExactly(open);
        assertThat(search.search("zebrafinch", 0, true).hits()).as("a member sees members-only items too")
                .extracting(SearchHit::url).containsExactlyInAnyOrder(open, members);
        assertThat(search.search("zebrafinch", 0, true).hits()).extracting(SearchHit::url).doesNotContain(draft);

        Document asVisitor = Html.of(mvc.perform(get("/search").param("q", "zebrafinch")).andExpect(status().isOk()));
        assertThat(asVisitor.select("ol.results > li a").eachAttr("href")).containsExactly(open);
        assertThat(asVisitor.select("ol.results > li .meta").text()).isEqualTo("Library resource");
        assertThat(asVisitor.select("main").text()).doesNotContain("members briefing", "draft note");
        Document asMember = Html.of(mvc.perform(get("/search").param("q", "zebrafinch")
                .with(user(users.loadUserByUsername(DEMO_MEMBER)))).andExpect(status().isOk()));
        assertThat(asMember.select("ol.results > li a").eachAttr("href")).containsExactlyInAnyOrder(open, members);
    }
}

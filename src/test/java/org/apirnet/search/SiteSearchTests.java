package org.apirnet.search;

import java.util.List;
import java.util.UUID;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private String originalDescription;

    @AfterEach
    void restoreDescription() {
        if (originalDescription != null) {
            taxonomy.describeTheme(THEME, originalDescription);
        }
    }

    private SearchResults visitorSearch(String query) {
        return search.search(SearchRequest.of(query), false);
    }

    private static List<String> urls(SearchResults results) {
        return results.hits().stream().map(SearchHit::url).toList();
    }

    /** A word no other test or demo item contains, so each test sees only its own resources. */
    private static String uniqueWord() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return "zq" + (letters + "abcdefgh").substring(0, 8);
    }

    /** Saves a resource as the demo editor (publish, or a draft) and returns its page. */
    private String saveResource(String title, String body, String visibility, String action, String... extra) throws Exception {
        var request = multipart("/library/new").param("title", title).param("summary", "Summary of " + title)
                .param("body", body).param("type", "policy-advice").param("themes", "13").param("language", "en")
                .param("externalUrl", "https://www.ilo.org/x").param("visibility", visibility).param("action", action);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            request.param(extra[i], extra[i + 1]);
        }
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(DEMO_EDITOR))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private String publish(String title, String body, String... extra) throws Exception {
        return saveResource(title, body, "PUBLIC", "publish", extra);
    }

    private Document page(String query, String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/search").param("q", query);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Html.of(mvc.perform(request).andExpect(status().isOk()));
    }

    @Test
    void englishWordsAreFoundByTheirStemAndStopWordsAreIgnored() {
        // The theme's description says "Negotiation of wages…": other forms of both words must find it.
        assertThat(visitorSearch("negotiating wage").references()).extracting(SearchHit::url).containsExactly("/themes/" + THEME);
        assertThat(visitorSearch("the bargained").references()).extracting(SearchHit::url).contains("/themes/" + THEME);
        assertThat(visitorSearch("the of and").outcome()).isEqualTo(SearchResults.Outcome.NOTHING_TO_SEARCH);
    }

    @Test
    void bodiesAndFileTextAreSearchedAndTheSnippetShowsWhyItMatched() throws Exception {
        String word = uniqueWord();
        String url = publish("Wage boards in practice", "Sectoral boards meet yearly. The " + word
                + " method <script>alert(1)</script> sets rates by occupation.");

        SearchResults results = visitorSearch(word + " method");
        assertThat(urls(results)).containsExactly(url);
        SearchHit hit = results.hits().getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>" + word + "</mark> <mark>method</mark>")
                .contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(hit.themeNames()).containsExactly("Wage Policy");
        assertThat(hit.published()).isNotNull();

        Document html = page(word);
        assertThat(html.select("ol.results > li .snippet mark").text()).isEqualTo(word);
        assertThat(html.select("ol.results script")).isEmpty();
        assertThat(html.select("ol.results > li .meta").text()).contains("Library resource").contains("Wage Policy");
    }

    @Test
    void unspacedScriptsAreSplitIntoWords() throws Exception {
        String word = uniqueWord();
        String url = publish("Regional glossary " + word, String.join("\n\n",
                "การเจรจาต่อรองร่วมระดับชาติ",          // Thai: national collective bargaining
                "ສະຫະພັນກຳມະບານລາວ",                  // Lao: Lao Federation of Trade Unions
                "ប្រាក់ឈ្នួលអប្បបរមាសម្រាប់កម្មករ",       // Khmer: minimum wage for workers
                "အလုပ်သမားအခွင့်အရေး",                  // Myanmar: workers' rights
                "集体谈判制度",                         // Chinese: collective bargaining system
                "最低賃金の引き上げ"));                  // Japanese: raising the minimum wage

        for (String inside : List.of("ต่อรอง", "ระดับชาติ", "ກຳມະບານ", "ប្រាក់ឈ្នួល", "អប្បបរមា", "အခွင့်အရေး", "谈判", "賃金")) {
            assertThat(urls(visitorSearch(word + " " + inside))).as(inside).containsExactly(url);
        }
        assertThat(urls(visitorSearch(word + " แรงงาน"))).as("a Thai word that is not there").isEmpty();
    }

    @Test
    void vietnameseIsFoundWithOrWithoutDiacritics() throws Exception {
        String word = uniqueWord();
        String url = publish("Bộ luật Lao động " + word, "Tiền lương tối thiểu vùng và thương lượng tập thể.");

        assertThat(urls(visitorSearch(word + " lao dong"))).containsExactly(url);
        assertThat(urls(visitorSearch(word + " lao động"))).containsExactly(url);
        assertThat(urls(visitorSearch(word + " luong toi thieu"))).containsExactly(url);
        assertThat(urls(visitorSearch(word + " \"thuong luong tap the\""))).containsExactly(url);
    }

    @Test
    void phrasesAndExcludedWords() throws Exception {
        String word = uniqueWord();
        String fixing = publish(word + " wage fixing machinery", "How boards work.");
        String other = publish(word + " fixing the wage gap", "Gender pay.");

        assertThat(urls(visitorSearch(word + " wage fixing"))).containsExactlyInAnyOrder(fixing, other);
        assertThat(urls(visitorSearch(word + " \"wage fixing\""))).containsExactly(fixing);
        assertThat(urls(visitorSearch(word + " -gender"))).containsExactly(fixing);
        assertThat(urls(visitorSearch(word + " -\"wage fixing\""))).containsExactly(other);
        assertThat(urls(visitorSearch(word + " \"wage fixing"))).as("an unclosed quote runs to the end").containsExactly(fixing);
    }

    @Test
    void oneTypoIsToleratedAndTwoGetADidYouMean() throws Exception {
        String word = uniqueWord(); // zq + 8 letters
        String url = publish("Grievance procedures " + word, "Steps and time limits.");
        String oneTypo = word.substring(0, 6) + "x" + word.substring(7);
        String twoTypos = word.substring(0, 4) + "xx" + word.substring(6);

        SearchResults tolerant = visitorSearch("grievance " + oneTypo);
        assertThat(urls(tolerant)).containsExactly(url);
        assertThat(tolerant.similarWords()).isTrue();
        assertThat(tolerant.didYouMean()).isEqualTo("grievance " + word);

        SearchResults corrected = visitorSearch("grievance " + twoTypos);
        assertThat(corrected.total()).isZero();
        assertThat(corrected.didYouMean()).isEqualTo("grievance " + word);
        Document html = page("grievance " + twoTypos);
        assertThat(html.select(".did-you-mean a").attr("href")).isEqualTo("/search?q=grievance%20" + word);

        assertThat(visitorSearch("grievance " + word).similarWords()).as("exact words: no typo tolerance").isFalse();
    }

    @Test
    void visitorsNeverSeeMembersOnlyOrUnpublishedItemsInHitsCountsFacetsOrCorrections() throws Exception {
        String word = uniqueWord();
        String secret = uniqueWord();
        String open = publish(word + " minimum wage fixing", "Boards fixing wages by sector.");
        String members = saveResource(word + " members briefing " + secret, "Minimum wages, for members.", "MEMBERS", "publish",
                "countries", "kh");
        String draft = saveResource(word + " draft note", "Minimum wage draft.", "PUBLIC", "draft", "countries", "la");

        SearchResults visitor = visitorSearch(word);
        assertThat(urls(visitor)).containsExactly(open);
        assertThat(visitor.total()).isEqualTo(1);
        assertThat(visitor.facets().countries()).doesNotContainKeys("KH", "LA");
        SearchResults member = search.search(SearchRequest.of(word), true);
        assertThat(urls(member)).containsExactlyInAnyOrder(open, members);
        assertThat(member.facets().countries()).containsEntry("KH", 1L).doesNotContainKey("LA");

        String secretTypo = secret.substring(0, 4) + "xx" + secret.substring(6);
        assertThat(visitorSearch(secretTypo).didYouMean()).as("a word only members may read is never proposed").isNull();
        assertThat(search.search(SearchRequest.of(secretTypo), true).didYouMean()).isEqualTo(secret);

        Document asVisitor = page(word);
        assertThat(asVisitor.select("ol.results > li h3 a").eachAttr("href")).containsExactly(open);
        assertThat(asVisitor.select("main").text()).doesNotContain("members briefing", "draft note", "Cambodia", "Lao");
        Document asMember = Html.of(mvc.perform(get("/search").param("q", word)
                .with(user(users.loadUserByUsername(DEMO_MEMBER)))).andExpect(status().isOk()));
        assertThat(asMember.select("ol.results > li h3 a").eachAttr("href")).containsExactlyInAnyOrder(open, members)
                .doesNotContain(draft);
    }

    @Test
    void facetsCountTheWholeSelectionNarrowItAndAreLinks() throws Exception {
        String word = uniqueWord();
        publish(word + " Cambodia garment wages", "Wages.", "countries", "kh", "publicationDate", "2024-03-01");
        publish(word + " Cambodia dispute boards", "Disputes.", "countries", "kh", "publicationDate", "2023-05-01");
        String fiji = publish(word + " Fiji wages council", "Wages.", "countries", "fj", "publicationDate", "2024-06-01");

        SearchResults all = visitorSearch(word);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facets().countries()).containsEntry("KH", 2L).containsEntry("FJ", 1L);
        assertThat(all.facets().subregions()).containsEntry("SOUTH_EAST_ASIA", 2L).containsEntry("PACIFIC", 1L);
        assertThat(all.facets().years()).containsEntry(2024, 2L).containsEntry(2023, 1L);
        assertThat(all.facets().kinds()).containsEntry("resource", 3L);

        Document html = page(word);
        assertThat(html.select(".facets a[href='/search?q=" + word + "&country=kh']").text()).startsWith("Cambodia").endsWith("2");
        assertThat(html.select(".facets a[href='/search?q=" + word + "&subregion=pacific']").text()).startsWith("Pacific");

        Document narrowed = page(word, "subregion", "pacific", "year", "2024");
        assertThat(narrowed.select("ol.results > li h3 a").eachAttr("href")).containsExactly(fiji);
        assertThat(narrowed.select(".active-filters a").eachAttr("href"))
                .contains("/search?q=" + word + "&year=2024", "/search?q=" + word + "&subregion=pacific");
        assertThat(narrowed.select(".facets a:contains(Clear all filters)").attr("href")).as("the words stay")
                .isEqualTo("/search?q=" + word);

        Document unknown = page(word, "theme", "no-such-theme", "country", "zz", "kind", "spaceship", "year", "12");
        assertThat(unknown.select("p.notice").text()).contains("Not recognised").contains("Theme").contains("Country")
                .contains("Kind").contains("Year");
        assertThat(unknown.select("ol.results > li")).hasSize(3);
    }

    @Test
    void sortedByDateTheNewestComesFirstWhateverMatchesBest() throws Exception {
        String word = uniqueWord();
        String older = publish(word + " wages wages", "Wages and " + word + " again.");
        String newer = publish("A note on many things, " + word + " among them", "Other matters.");
        assertThat(urls(visitorSearch(word))).as("best match first").containsExactly(older, newer);
        assertThat(urls(search.search(new SearchRequest(word, null, null, null, null, null, null, null, true, 0), false)))
                .as("newest first").containsExactly(newer, older);
        assertThat(page(word, "sort", "date").select(".sort a[aria-current=true]").text()).isEqualTo("Newest");
    }

    @Test
    void anyInputGetsAPageWithAClearMessageNeverAnError() throws Exception {
        for (String odd : List.of("*", "?", "wage:", "(wage", "\\", "~", "^", "wage~2", "\"", "\"\"", "-", "--wage", "a:b:c",
                "title:(x OR y)", "\\\"", "/regex/", "[1 TO 5]", "&& ||", "\u0000", "\uE000mark")) {
            Document html = page(odd);
            assertThat(html.select("h1").text()).as(odd).isEqualTo("Search");
            assertThat(html.select("#search-page-q").val()).as("what was typed is kept").isEqualTo(odd.replaceAll("\\p{Cntrl}", " ").strip());
        }
        assertThat(page("the").select("p.notice").text()).contains("no word to search for");
        assertThat(page("-wage").select("p.notice").text()).contains("no word to search for");

        Document tooLong = page("x".repeat(10_000));
        assertThat(tooLong.select("p[role=alert]").text()).contains("longer than 200 characters");
        assertThat(tooLong.select("#search-page-q").val()).hasSize(10_000);

        String many = uniqueWord();
        for (int i = 0; i < 3; i++) {
            publish(many + " item " + i, "x");
        }
        Document deep = page(many, "page", "10000");
        assertThat(deep.select(".pager").text()).as("fewer results than the pages offered").contains("There is no page 10,000");
        assertThat(deep.select(".pager a:contains(last page)").attr("href")).isEqualTo("/search?q=" + many);
        Document pastTheEnd = page(many, "page", "40");
        assertThat(pastTheEnd.select(".pager").text()).contains("There is no page 40");
        assertThat(page(many).select("ol.results > li")).hasSize(3);
        assertThat(page("wage", "page", "not-a-number").select("ol.results > li")).isNotEmpty();
        assertThat(page("wage", "sort", "sideways").select("p.notice").text()).contains("sort order");

        for (String hostile : List.of("ab".repeat(100), "я".repeat(200), "한".repeat(200), "😀 wage 😀", "שכר wage",
                "“wage fixing” −minimum", "wage " + "-".repeat(150), String.join(" ", java.util.Collections.nCopies(24, "qqqz")),
                "\"the of\" wage", "wage)))))(((((")) {
            assertThat(page(hostile).select("h1").text()).as(hostile).isEqualTo("Search");
        }
        assertThat(Html.of(mvc.perform(get("/search").param("q", "wage").param("q", "fixing").param("theme", "wage-policy")
                .param("theme", "x")).andExpect(status().isOk())).select("h1").text()).isEqualTo("Search");

        Document script = page("<script>alert(1)</script>");
        assertThat(script.select("main script")).isEmpty();
        assertThat(script.select("#search-page-q").val()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void curlyQuotesAndDashesMeanWhatPlainOnesMean() throws Exception {
        String word = uniqueWord();
        String fixing = publish(word + " wage fixing machinery", "How boards work.");
        publish(word + " fixing the wage gap", "Gender pay.");
        assertThat(urls(visitorSearch(word + " \u201Cwage fixing\u201D"))).containsExactly(fixing);
        assertThat(urls(visitorSearch(word + " \u2212gender"))).containsExactly(fixing);
        assertThat(urls(visitorSearch(word + " \u2013gender"))).containsExactly(fixing);
    }

    @Test
    void aTenThousandCharacterQueryOverRealHttpGetsTheMessage() throws Exception {
        var response = getFromServer("/search?q=" + "x".repeat(10_000));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(response.body()).select("p[role=alert]").text()).contains("longer than 200 characters");
        var thai = getFromServer("/search?q=" + java.net.URLEncoder.encode("ค่าจ้าง".repeat(1_400), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(thai.statusCode()).isEqualTo(200);
    }

    @Test
    void linksKeepAPlusSign() throws Exception {
        Document html = page("C++ wage", "theme", "wage-policy");
        assertThat(html.select("a:contains(Search without the filters)").attr("href")).isEqualTo("/search?q=C%2B%2B%20wage");
    }

    @Test
    void theEmptyStateAndNoResultsHelp() throws Exception {
        Document start = Html.of(mvc.perform(get("/search")).andExpect(status().isOk()));
        assertThat(start.select("main h2").text()).isEqualTo("How to search");
        String mostUsed = jdbc.queryForObject("select t.slug from resource_theme rt join resource r on r.id = rt.resource_id "
                + "join theme t on t.id = rt.theme_id where r.status = 'PUBLISHED' and r.visibility = 'PUBLIC' "
                + "group by t.id, t.slug order by count(*) desc, t.id limit 1", String.class);
        assertThat(start.select(".theme-links a").first().attr("href")).as("the theme with the most content first")
                .isEqualTo("/themes/" + mostUsed);
        assertThat(start.select("main a[href=/library]")).isNotEmpty();
        Document nothing = page(uniqueWord() + "qqqq");
        assertThat(nothing.select("p[role=status]").text()).startsWith("Nothing matches");
        assertThat(nothing.select("main a[href=/library]")).isNotEmpty();
        assertThat(nothing.select(".theme-links a")).isNotEmpty();
    }

    @Test
    void themesAndCountriesAreOfferedAboveTheResults() throws Exception {
        Document html = page("viet nam");
        assertThat(html.select(".references a").eachAttr("href")).contains("/countries/vn");
        describeCollectiveBargaining("การเจรจาต่อรองร่วมระดับชาติ และ 集体谈判制度");
        assertThat(visitorSearch("谈判").references()).extracting(SearchHit::url).containsExactly("/themes/" + THEME);
    }

    private void describeCollectiveBargaining(String description) {
        originalDescription = taxonomy.theme(THEME).map(Theme::getDescription).orElseThrow();
        taxonomy.describeTheme(THEME, description);
    }
}

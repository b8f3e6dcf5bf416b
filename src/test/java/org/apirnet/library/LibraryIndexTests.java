package org.apirnet.library;

import java.util.UUID;

import org.apirnet.content.ContentIndex;
import org.apirnet.content.IndexSearch;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The library's lists, counts and facets come from the search index: every change reaches them when it commits, and
 * what a viewer may not see is never listed or counted for them.
 */
class LibraryIndexTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    IndexSearch index;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    /** Tuvalu and Kiribati are tagged by no other test: counts there are this test's own. */
    private MockMultipartHttpServletRequestBuilder resource(String path, String title, String theme, String country, String visibility,
                                                             MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return request.param("title", title).param("summary", "Summary of " + title).param("body", "Body of " + title)
                .param("type", "policy-advice").param("themes", theme).param("countries", country).param("language", "en")
                .param("publicationDate", "2024-03-01").param("externalUrl", files.length == 0 ? "https://www.ilo.org/x" : "")
                .param("visibility", visibility).with(csrf());
    }

    private long publish(String title, String theme, String country, String visibility) throws Exception {
        return idFrom(mvc.perform(resource("/library/new", title, theme, country, visibility).with(as(DEMO_EDITOR))).andReturn());
    }

    private static long idFrom(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after saving").matches("/library/\\d+");
        return Long.parseLong(location.substring("/library/".length()));
    }

    private Document visitor(String path) throws Exception {
        return Html.of(mvc.perform(get(path)).andExpect(status().isOk()));
    }

    private Document member(String path) throws Exception {
        return Html.of(mvc.perform(get(path).with(as(DEMO_MEMBER))).andExpect(status().isOk()));
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void publishingEditingAndArchivingReachEveryListWhenTheyCommit() throws Exception {
        String title = unique("Wage boards in Kiribati");
        long id = publish(title, "13", "ki", "PUBLIC");

        assertThat(visitor("/library?theme=wage-policy&country=ki").select(".resource-card h3 a").eachText()).contains(title);
        assertThat(visitor("/").select("#home-library-heading ~ ul a").eachText()).as("newest on home").contains(title);
        assertThat(visitor("/countries/ki").select("#tagged-library-heading ~ ul a").eachText()).contains(title);
        assertThat(visitor("/themes/wage-policy").select("#tagged-library-heading ~ ul a").eachText()).contains(title);

        // Members only from now on: gone for visitors everywhere, still there for members.
        var edit = resource("/library/" + id + "/edit", title, "13", "ki", "MEMBERS").with(as(DEMO_EDITOR))
                .param("version", String.valueOf(versionOf(id)));
        mvc.perform(edit).andExpect(status().is3xxRedirection());
        assertThat(visitor("/library?country=ki").select(".resource-card h3 a").eachText()).doesNotContain(title);
        assertThat(visitor("/").select("main").text()).doesNotContain(title);
        assertThat(member("/library?country=ki").select(".resource-card h3 a").eachText()).contains(title);

        mvc.perform(post("/library/" + id + "/archive").with(csrf()).with(as(DEMO_EDITOR))).andExpect(status().is3xxRedirection());
        assertThat(member("/library?country=ki").select(".resource-card h3 a").eachText()).doesNotContain(title);
        assertThat(member("/countries/ki").select("main").text()).doesNotContain(title);
    }

    private long versionOf(long id) throws Exception {
        return Long.parseLong(Html.of(mvc.perform(get("/library/" + id + "/edit").with(as(DEMO_EDITOR))))
                .select("input[name=version]").val());
    }

    @Test
    void facetsCountOnlyWhatTheViewerMaySeeAndEveryStateIsAPlainLink() throws Exception {
        publish(unique("Tuvalu public one"), "3", "tv", "PUBLIC");
        publish(unique("Tuvalu public two"), "3", "tv", "PUBLIC");
        publish(unique("Tuvalu members only"), "3", "tv", "MEMBERS");

        Document asVisitor = visitor("/library?country=tv");
        assertThat(asVisitor.select(".result-count").text()).isEqualTo("2 resources");
        assertThat(asVisitor.select(".facets a[href='/library?country=tv&theme=tripartism']").text()).isEqualTo("Tripartism 2");
        Document asMember = member("/library?country=tv");
        assertThat(asMember.select(".result-count").text()).isEqualTo("3 resources");
        assertThat(asMember.select(".facets a[href='/library?country=tv&theme=tripartism']").text()).isEqualTo("Tripartism 3");

        assertThat(asVisitor.select(".facets h3").eachText()).as("one heading a dimension with values").contains("Theme", "Type", "Year");
        assertThat(asVisitor.select(".facets a").eachAttr("href")).as("no empty parameters, no page number")
                .allSatisfy(href -> assertThat(href).doesNotContain("=&").doesNotEndWith("=").doesNotContain("page="));
        assertThat(asVisitor.select(".facets a:contains(Vanuatu)")).as("values with nothing behind them are not offered").isEmpty();
        assertThat(asVisitor.select(".active-filters a").attr("href")).as("the chosen country is removable").isEqualTo("/library");
        assertThat(asVisitor.select(".active-filters a").text()).contains("Country:", "Tuvalu");
        assertThat(asVisitor.select(".facets a:contains(Clear all filters)").attr("href")).isEqualTo("/library");

        Document both = visitor("/library?country=tv&theme=tripartism");
        assertThat(both.select(".active-filters a").eachAttr("href")).containsExactlyInAnyOrder("/library?theme=tripartism", "/library?country=tv");
    }

    @Test
    void aPagePastTheEndSaysSoWithoutContradictingTheTotal() throws Exception {
        publish(unique("Tuvalu page test"), "3", "tv", "PUBLIC");
        Document page = visitor("/library?country=tv&page=99");
        assertThat(page.select(".result-count").text()).matches("\\d+ resources?");
        assertThat(page.select(".resource-card")).isEmpty();
        assertThat(page.select(".pager").text()).contains("There is no page 99", "Go to the last page");
        assertThat(page.select(".pager a:contains(last page)").attr("href")).isEqualTo("/library?country=tv");

        Document nonsense = visitor("/library?country=zz&year=abc&theme=<script>");
        assertThat(nonsense.select("p.notice").text()).contains("Not recognised", "Theme", "Country", "Year");
        assertThat(nonsense.select("script").eachAttr("src")).as("no script but the portal's own").satisfiesExactly(
                src -> assertThat(src).matches("/js/search-suggest-[0-9a-f]{32}\\.js"),
                src -> assertThat(src).matches("/js/characters-left-[0-9a-f]{32}\\.js"));
    }

    @Test
    void aThemePageOffersItsResourcesByCountry() throws Exception {
        publish(unique("Tuvalu social dialogue"), "2", "tv", "PUBLIC");
        Document theme = visitor("/themes/social-dialogue");
        assertThat(theme.select(".tag-counts a[href='/library?theme=social-dialogue&country=tv']").text()).startsWith("Tuvalu");
    }

    @Test
    void theTextOfAFileIsInTheIndexOnceExtracted() throws Exception {
        byte[] pdf = LibraryTestFiles.pdf("Grievance handling at the Quokkavale plantation");
        long id = idFrom(mvc.perform(resource("/library/new", unique("Plantation grievances"), "5", "ki", "PUBLIC",
                new MockMultipartFile("files", "grievances.pdf", "application/pdf", pdf)).with(as(DEMO_EDITOR))).andReturn());
        long found = 0;
        for (int i = 0; i < 100 && found == 0; i++) {
            found = index.query(session -> session.search(Resource.class)
                    .where(f -> f.bool().must(f.match().field(ContentIndex.TEXT).matching("quokkavale"))
                            .filter(f.id().matching(id)))
                    .fetchTotalHitCount());
            Thread.sleep(100);
        }
        assertThat(found).as("extracted in the background, then indexed with the resource").isEqualTo(1);
    }

    @Test
    void editorsListsShowTheRealStateOfEachResource() throws Exception {
        String title = unique("Draft on Kiribati");
        mvc.perform(resource("/library/new", title, "3", "ki", "PUBLIC").param("action", "draft").with(as(DEMO_EDITOR)))
                .andExpect(status().is3xxRedirection());
        Document manage = Html.of(mvc.perform(get("/library/manage").with(as(DEMO_EDITOR))));
        assertThat(manage.select("tr:contains(" + title + ")").text()).contains("Draft", "Editors and the author only")
                .doesNotContain("Everyone");
        assertThat(visitor("/library?country=ki").select("main").text()).doesNotContain(title);
    }

    /** Palau and the Marshall Islands are tagged by no other test. */
    @Test
    void theKeywordBoxSearchesWithinTheChosenFiltersAndCountsOnlyWhatMatches() throws Exception {
        String word = "zephyrine" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
        String inPalau = unique("Wage boards " + word + " in Palau");
        String inMarshallIslands = unique("Wage boards " + word + " in the Marshall Islands");
        String membersOnly = unique("Closed notes " + word + " in Palau");
        publish(inPalau, "2", "pw", "PUBLIC");
        publish(inMarshallIslands, "2", "mh", "PUBLIC");
        publish(membersOnly, "2", "pw", "MEMBERS");
        publish(unique("Other Palau news"), "2", "pw", "PUBLIC");

        Document everywhere = visitor("/library?q=" + word);
        assertThat(everywhere.select("main article h3").eachText()).containsExactlyInAnyOrder(inPalau, inMarshallIslands);
        assertThat(everywhere.select(".result-count").text()).isEqualTo("2 resources");
        assertThat(everywhere.select(".facets a[href='/library?q=" + word + "&country=pw']").text()).contains("Palau", "1");
        assertThat(everywhere.select("input#library-q").attr("value")).isEqualTo(word);
        assertThat(everywhere.select("label[for=library-q]").text()).isEqualTo("Search the library");

        Document within = visitor("/library?country=pw&q=" + word);
        assertThat(within.select("main article h3").eachText()).containsExactly(inPalau);
        assertThat(within.select("form.keyword-search input[type=hidden][name=country]").attr("value")).isEqualTo("pw");
        assertThat(within.select(".active-filters a").eachAttr("href")).contains("/library?country=pw", "/library?q=" + word);
        assertThat(member("/library?country=pw&q=" + word).select("main article h3").eachText())
                .containsExactlyInAnyOrder(inPalau, membersOnly);

        Document none = visitor("/library?country=pw&q=" + word + "+-boards+-notes");
        assertThat(none.select(".result-count").text()).isEqualTo("No resources");
        assertThat(none.select("main").text()).contains("No resource has all these words within these filters");
    }

    @Test
    void anyKeywordInputGetsAPageNeverAnError() throws Exception {
        for (String hostile : new String[] {"*", "?", "title:x", "(", "\\", "~", "^", "\"unbalanced", "a AND (b", "%00", " "}) {
            Document page = Html.of(mvc.perform(get("/library").param("q", hostile)).andExpect(status().isOk()));
            assertThat(page.select("h1").text()).as(hostile).isEqualTo("Library");
        }
        Document tooLong = Html.of(mvc.perform(get("/library").param("q", "wage ".repeat(2000)).param("country", "pw"))
                .andExpect(status().isOk()));
        assertThat(tooLong.select("p.notice[role=status]").text()).contains("words longer than 200 characters");
        assertThat(tooLong.select("input#library-q").attr("value")).isEmpty();
        assertThat(tooLong.select(".active-filters a").eachText()).anySatisfy(chip -> assertThat(chip).contains("Palau"));
    }
}

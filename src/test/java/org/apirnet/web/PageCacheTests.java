package org.apirnet.web;

import java.util.List;
import java.util.Locale;

import org.apirnet.platform.DataChanges;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PageCacheTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    DataChanges changes;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    private String cacheOf(MvcResult result) {
        return result.getResponse().getHeader(PageCache.CACHE_HEADER);
    }

    @Test
    void aVisitorIsServedThePageAnotherVisitorWasJustServedUntilSomethingChanges() throws Exception {
        mvc.perform(get("/themes/tripartism")).andExpect(status().isOk());
        MvcResult again = mvc.perform(get("/themes/tripartism")).andExpect(status().isOk()).andReturn();
        assertThat(cacheOf(again)).isEqualTo("hit");
        assertThat(again.getResponse().getHeader("Content-Security-Policy")).as("security headers as on a fresh page").isNotBlank();

        String before = taxonomy.theme("tripartism").map(Theme::getDescription).orElseThrow();
        try {
            taxonomy.describeTheme("tripartism", "A changed description of tripartism.");
            MvcResult afterChange = mvc.perform(get("/themes/tripartism")).andReturn();
            assertThat(cacheOf(afterChange)).as("a committed change ends every kept page").isEqualTo("miss");
            assertThat(afterChange.getResponse().getContentAsString()).contains("A changed description of tripartism.");
        } finally {
            taxonomy.describeTheme("tripartism", before);
        }
    }

    @Test
    void aPageKeptForVisitorsIsNeverServedToAMemberNorTheOtherWayRound() throws Exception {
        changes.changed();
        mvc.perform(get("/library")).andExpect(status().isOk());
        MvcResult member = mvc.perform(get("/library").with(user(users.loadUserByUsername(DEMO_MEMBER)))).andReturn();
        assertThat(cacheOf(member)).as("visitors' page, members' audience").isEqualTo("miss");
        assertThat(org.jsoup.Jsoup.parse(member.getResponse().getContentAsString()).select(".account").text()).contains("Demo Member");
        MvcResult visitor = mvc.perform(get("/library")).andReturn();
        assertThat(cacheOf(visitor)).isEqualTo("hit");
        assertThat(visitor.getResponse().getContentAsString()).doesNotContain("Demo Member").doesNotContain("_csrf");
    }

    @Test
    void membersWithTheSameRolesShareAPageEachWithTheirOwnNameAndFormToken() throws Exception {
        changes.changed();
        MockHttpSession first = new MockHttpSession();
        MockHttpSession second = new MockHttpSession();
        MvcResult firstPage = mvc.perform(get("/themes/wage-policy").session(first).with(user(users.loadUserByUsername(DEMO_MEMBER)))).andReturn();
        MvcResult secondPage = mvc.perform(get("/themes/wage-policy").session(second).with(user(users.loadUserByUsername("kim@demo.apirnet.org")))).andReturn();
        assertThat(cacheOf(firstPage)).isEqualTo("miss");
        assertThat(cacheOf(secondPage)).as("the same page for another member with the same roles").isEqualTo("hit");
        String page = secondPage.getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).select(".account").text()).contains("Kim J.").doesNotContain("Demo Member");
        assertThat(page).doesNotContain("viewer").as("no stand-in left unfilled");
        String firstToken = org.jsoup.Jsoup.parse(firstPage.getResponse().getContentAsString()).select(".account input[name=_csrf]").attr("value");
        String secondToken = org.jsoup.Jsoup.parse(page).select(".account input[name=_csrf]").attr("value");
        assertThat(secondToken).isNotBlank().isNotEqualTo(firstToken);
        mvc.perform(post("/logout").session(second).param("_csrf", firstToken).with(user(users.loadUserByUsername("kim@demo.apirnet.org"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(second).param("_csrf", secondToken).with(user(users.loadUserByUsername("kim@demo.apirnet.org"))))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aNameIsEscapedWhereTheStandInWas() throws Exception {
        String email = "page-cache-name@example.org";
        jdbc.update("""
                insert into account (email, display_name, password_hash, status, country_iso2, constituency_group_id,
                                     profile_visibility, email_confirmed_at, joined_at)
                select ?, '<b>Ana & "Bo"</b>', password_hash, 'ACTIVE', country_iso2, constituency_group_id, 'MEMBERS', now(), now()
                from account where email = ? on conflict (email) do nothing""", email, DEMO_MEMBER);
        jdbc.update("""
                insert into account_role (account_id, role_name) select id, 'MEMBER' from account where email = ?
                on conflict do nothing""", email);
        changes.changed();
        mvc.perform(get("/countries/ws").with(user(users.loadUserByUsername(DEMO_MEMBER)))).andExpect(status().isOk());
        MvcResult page = mvc.perform(get("/countries/ws").with(user(users.loadUserByUsername(email)))).andReturn();
        assertThat(cacheOf(page)).isEqualTo("hit");
        assertThat(page.getResponse().getContentAsString()).contains("&lt;b&gt;Ana &amp; &quot;Bo&quot;&lt;/b&gt;").doesNotContain("<b>Ana");
    }

    @Test
    void editorsAndPagesShowingTheViewersOwnThingsAreRenderedForEachViewer() throws Exception {
        changes.changed();
        mvc.perform(get("/library").with(user(users.loadUserByUsername(DEMO_EDITOR)))).andExpect(status().isOk());
        assertThat(cacheOf(mvc.perform(get("/library").with(user(users.loadUserByUsername(DEMO_EDITOR)))).andReturn()))
                .as("editors' pages carry their own counts and controls").isNull();
        mvc.perform(get("/account").with(user(users.loadUserByUsername(DEMO_MEMBER)))).andExpect(status().isOk());
        MvcResult account = mvc.perform(get("/account").with(user(users.loadUserByUsername("kim@demo.apirnet.org")))).andReturn();
        assertThat(cacheOf(account)).as("a page that says nothing is not shared").isEqualTo("miss");
        assertThat(account.getResponse().getContentAsString()).contains("kim@demo.apirnet.org").doesNotContain(DEMO_MEMBER);
    }

    @Test
    void manyAskingForAStalePageAtOnceWaitForOneRendering() throws Exception {
        mvc.perform(get("/library").param("type", "research")).andExpect(status().isOk());
        changes.changed();
        int askers = 8;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(askers);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(askers);
        try {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < askers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    MvcResult result = mvc.perform(get("/library").param("type", "research")).andReturn();
                    assertThat(result.getResponse().getStatus()).isEqualTo(200);
                    return cacheOf(result);
                }));
            }
            List<String> how = new java.util.ArrayList<>();
            for (var answer : answers) {
                how.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(how).as("rendered once, served to the rest").containsOnlyOnce("miss").hasSize(askers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pagesWithAFormTokenOrOtherStatusAreNotKept() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        assertThat(cacheOf(mvc.perform(get("/login")).andReturn())).as("holds a CSRF token of its own session").isEqualTo("miss");
        mvc.perform(get("/library/999999999"));
        assertThat(cacheOf(mvc.perform(get("/library/999999999")).andReturn())).isEqualTo("miss");
        mvc.perform(get("/css/portal.css")).andExpect(status().isOk());
        assertThat(cacheOf(mvc.perform(get("/css/portal.css")).andReturn())).as("only pages are kept").isEqualTo("miss");
    }

    @Test
    void differentParametersAreDifferentPages() throws Exception {
        mvc.perform(get("/library").param("country", "ki")).andExpect(status().isOk());
        MvcResult other = mvc.perform(get("/library").param("country", "tv")).andReturn();
        assertThat(cacheOf(other)).isEqualTo("miss");
        assertThat(Html.of(mvc.perform(get("/library").param("country", "tv"))).select(".active-filters").text()).contains("Tuvalu");
    }

    /** The demo's public resource with a PDF: its page and its file. */
    private String[] demoResourceWithFile() throws Exception {
        String page = Html.of(mvc.perform(get("/library"))).select(".resource-card h3 a:contains(Minimum wage fixing)").attr("href");
        String file = Html.of(mvc.perform(get(page))).select("a.download").attr("href");
        assertThat(page).startsWith("/library/");
        assertThat(file).startsWith(page + "/files/");
        return new String[] {page, file};
    }

    @Test
    void everyVisitorGetsTheSameFormatsWhateverLanguageTheFirstOneAskedFor() throws Exception {
        String page = demoResourceWithFile()[0];
        changes.changed(); // the next visitor renders the page afresh, asking for French
        String french = mvc.perform(get(page).locale(Locale.FRANCE).header("Accept-Language", "fr-FR"))
                .andReturn().getResponse().getContentAsString();
        assertThat(french).contains("14 March 2025").doesNotContain("mars");
    }

    @Test
    void downloadsAndMailWriteWithoutEndingKeptPages() throws Exception {
        String[] resource = demoResourceWithFile();
        mvc.perform(get(resource[0])).andExpect(status().isOk());
        mvc.perform(get(resource[1])).andExpect(status().isOk()); // a visitor's download is counted
        assertThat(cacheOf(mvc.perform(get(resource[0])).andReturn())).as("a download count shows on no kept page").isEqualTo("hit");

        long before = changes.generation();
        TransactionTemplate unseen = new TransactionTemplate(transactionManager);
        unseen.setName(DataChanges.UNSEEN_BY_PAGES);
        unseen.executeWithoutResult(status -> jdbc.update("update outgoing_mail set attempts = attempts where false"));
        assertThat(changes.generation()).isEqualTo(before);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> jdbc.update("update theme set position = position where false"));
        assertThat(changes.generation()).as("any other write counts").isGreaterThan(before);
    }

    @Test
    void filesPassThroughTheCaptureAsTheyAreWritten() throws Exception {
        MockHttpServletResponse real = new MockHttpServletResponse();
        CapturingResponse captured = new CapturingResponse(real, PageCache.MAX_PAGE_BYTES);
        captured.setHeader("Content-Type", "application/pdf"); // as Spring's converters set it
        captured.getOutputStream().write(new byte[1000]);
        assertThat(real.getContentAsByteArray()).as("streamed, not held back").hasSize(1000);
        assertThat(captured.page()).isNull();
    }
}

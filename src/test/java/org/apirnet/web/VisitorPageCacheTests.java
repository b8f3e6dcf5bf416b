package org.apirnet.web;

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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class VisitorPageCacheTests extends PortalIntegrationTest {

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
        return result.getResponse().getHeader(VisitorPageCache.CACHE_HEADER);
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
    void aSignedInPersonIsNeverServedAKeptPage() throws Exception {
        mvc.perform(get("/library")).andExpect(status().isOk());
        MvcResult member = mvc.perform(get("/library").with(user(users.loadUserByUsername(DEMO_MEMBER)))).andReturn();
        assertThat(cacheOf(member)).isNull();
        assertThat(Html.of(mvc.perform(get("/library").with(user(users.loadUserByUsername(DEMO_MEMBER))))).select(".account").text())
                .contains("Demo Member");
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
        CapturingResponse captured = new CapturingResponse(real, VisitorPageCache.MAX_PAGE_BYTES);
        captured.setHeader("Content-Type", "application/pdf"); // as Spring's converters set it
        captured.getOutputStream().write(new byte[1000]);
        assertThat(real.getContentAsByteArray()).as("streamed, not held back").hasSize(1000);
        assertThat(captured.page()).isNull();
    }
}

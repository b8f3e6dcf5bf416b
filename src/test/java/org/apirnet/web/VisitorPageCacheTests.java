package org.apirnet.web;

import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
}

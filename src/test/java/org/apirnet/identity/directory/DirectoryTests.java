package org.apirnet.identity.directory;

import jakarta.persistence.EntityManagerFactory;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.SqlStatementCounter;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DirectoryTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private Document directory(String query) throws Exception {
        return Html.of(mvc.perform(get("/members" + query).with(user(users.loadUserByUsername(DEMO_MEMBER)))).andExpect(status().isOk()));
    }

    @Test
    void membersFindEachOtherByNameOrganizationCountryGroupAndTheme() throws Exception {
        assertThat(directory("?q=siriporn").select(".member-list h2").eachText()).containsExactly("Siriporn K.");
        assertThat(directory("?q=korea labor").select(".member-list h2").eachText()).containsExactly("Kim J.");
        assertThat(directory("?country=fj").select(".member-list h2").eachText()).containsExactly("Mele T.");
        assertThat(directory("?country=PK&group=5").select(".member-list h2").eachText()).containsExactly("Ayesha R.");
        assertThat(directory("?theme=1&q=dara").select(".member-list h2").eachText()).containsExactly("Dara S.");
        assertThat(directory("?q=%25").select(".member-list h2")).as("% is a character, not a wildcard").isEmpty();
    }

    @Test
    void applicantsAndTheirAddressesNeverAppear() throws Exception {
        Document all = directory("?q=");
        assertThat(all.select(".member-list h2").eachText()).doesNotContain("Rahul M.", "Nguyen T. H.", "Sione F.");
        assertThat(all.html()).doesNotContain("@demo.apirnet.org");
        assertThat(directory("?q=siriporn@demo").select(".member-list h2")).as("no searching by address").isEmpty();
    }

    @Test
    void unknownFiltersAreIgnoredWithANote() throws Exception {
        Document page = directory("?country=ZZ&group=abc&theme=9999&page=-3");
        assertThat(page.select(".notice").text()).contains("not recognised");
        assertThat(page.select(".member-list h2")).isNotEmpty();
    }

    @Test
    void aDirectoryPageCostsAFixedNumberOfQueries() throws Exception {
        var counter = new SqlStatementCounter(entityManagerFactory);
        var member = user(users.loadUserByUsername(DEMO_MEMBER));
        long statements = counter.count(() -> mvc.perform(get("/members").with(member)).andExpect(status().isOk()));
        // page + count + roles and themes of the page's members (one batch each); reference data comes from memory
        assertThat(statements).isLessThanOrEqualTo(4);
    }
}

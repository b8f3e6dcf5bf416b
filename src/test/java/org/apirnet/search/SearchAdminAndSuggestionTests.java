package org.apirnet.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SearchAdminAndSuggestionTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SiteSearch search;

    @Autowired
    SearchIndexRebuild rebuild;

    private String publish(String title, String visibility) throws Exception {
        return mvc.perform(multipart("/library/new").param("title", title).param("summary", "Summary of " + title)
                        .param("body", "Body.").param("type", "policy-advice").param("themes", "13").param("language", "en")
                        .param("externalUrl", "https://www.ilo.org/x").param("visibility", visibility).param("action", "publish")
                        .with(csrf()).with(user(users.loadUserByUsername(DEMO_EDITOR))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void titlesAreSuggestedAsOneTypesAndOnlyWhatTheViewerMaySee() throws Exception {
        String open = publish("Quillwort tripartite wage council", "PUBLIC");
        String members = publish("Quillwort members-only wage briefing", "MEMBERS");
        mvc.perform(multipart("/library/new").param("title", "Quillwort draft <b>note</b>").param("summary", "Draft.")
                .param("type", "policy-advice").param("themes", "13").param("language", "en").param("externalUrl", "https://www.ilo.org/x")
                .param("visibility", "PUBLIC").param("action", "draft").with(csrf()).with(user(users.loadUserByUsername(DEMO_EDITOR))))
                .andExpect(status().is3xxRedirection());
        String markup = publish("Quillwort <script>alert(1)</script> guide", "PUBLIC");

        assertThat(search.suggest("quillw", false)).as("no drafts, no members-only items").extracting(SiteSearch.Suggestion::url)
                .containsExactlyInAnyOrder(open, markup);
        assertThat(search.suggest("quillwort tri", false)).extracting(SiteSearch.Suggestion::url).containsExactly(open);
        assertThat(search.suggest("QUILLWÖRT", false)).as("folded like the index").extracting(SiteSearch.Suggestion::url)
                .containsExactlyInAnyOrder(open, markup);
        assertThat(search.suggest("quillw", true)).extracting(SiteSearch.Suggestion::url).containsExactlyInAnyOrder(open, members, markup);
        assertThat(search.suggest("q", false)).as("one letter suggests nothing").isEmpty();
        assertThat(search.suggest("x".repeat(5_000), false)).isEmpty();

        Document fragment = Html.of(mvc.perform(get("/search/suggestions").param("q", "quillw")).andExpect(status().isOk()));
        assertThat(fragment.select("ul[role=listbox] li[role=option]").eachAttr("data-url")).containsExactlyInAnyOrder(open, markup);
        assertThat(fragment.text()).doesNotContain("members-only", "draft").contains("<script>alert(1)</script> guide");
        assertThat(fragment.select("script")).as("a title's markup is text").isEmpty();
        for (String odd : List.of("*", "\"", "(", "\\", "~", "^", ":", "<script>")) {
            mvc.perform(get("/search/suggestions").param("q", odd)).andExpect(status().isOk());
        }
    }

    @Test
    void onlyAdminsSeeOrRebuildTheIndex() throws Exception {
        mvc.perform(get("/admin/search")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/search/rebuild").with(csrf())).andExpect(status().is3xxRedirection());
        for (String email : List.of(DEMO_MEMBER, DEMO_EDITOR, DEMO_MODERATOR)) {
            mvc.perform(get("/admin/search").with(user(users.loadUserByUsername(email)))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/search/rebuild").with(csrf()).with(user(users.loadUserByUsername(email))))
                    .andExpect(status().isForbidden());
        }
        // without the CSRF token
        mvc.perform(post("/admin/search/rebuild").with(user(users.loadUserByUsername(DEMO_ADMIN)))).andExpect(status().isForbidden());
        assertThat(rebuild.progress().running()).isFalse();
    }

    @Test
    void aRebuildMakesTheIndexEqualTheDatabaseWhileSearchKeepsAnswering() throws Exception {
        String kept = publish("Marshwort grievance handling guide", "PUBLIC");
        String archived = publish("Marshwort archived meanwhile", "PUBLIC");
        long editor = jdbc.queryForObject("select id from account where email = ?", Long.class, DEMO_EDITOR);
        // A row the index has never seen (written by SQL, as a restored backup would be) ...
        long unseen = jdbc.queryForObject("insert into resource (title, summary, resource_type_id, language, visibility, status, "
                + "created_by, created_at, updated_by, updated_at, published_at, submitted, download_count, version) "
                + "values ('Marshwort unseen row', 'Summary', 1, 'en', 'PUBLIC', 'PUBLISHED', ?, now(), ?, now(), now(), false, 0, 0) "
                + "returning id", Long.class, editor, editor);
        var asAdmin = user(users.loadUserByUsername(DEMO_ADMIN));
        Document before = Html.of(mvc.perform(get("/admin/search").with(asAdmin)).andExpect(status().isOk()));
        assertThat(before.select("tbody tr:contains(Library resource)").text()).contains("Differs");
        // ... and a document whose row is gone.
        String goneUrl = publish("Marshwort deleted row", "PUBLIC");
        long gone = Long.parseLong(goneUrl.substring(goneUrl.lastIndexOf('/') + 1));
        jdbc.update("delete from resource_theme where resource_id = ?", gone);
        jdbc.update("delete from resource_country where resource_id = ?", gone);
        jdbc.update("delete from resource where id = ?", gone);

        mvc.perform(post("/admin/search/rebuild").with(csrf()).with(asAdmin)).andExpect(status().is3xxRedirection());
        // Changes while it runs are neither lost nor overwritten with what the rebuild read before them.
        String addedMeanwhile = publish("Marshwort added meanwhile", "PUBLIC");
        mvc.perform(post(archived + "/archive").with(csrf()).with(user(users.loadUserByUsername(DEMO_EDITOR))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/search").param("follow", "1").with(asAdmin)).andExpect(status().isOk());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        boolean sawItRunning = false;
        while (rebuild.progress().running() && Instant.now().isBefore(deadline)) {
            assertThat(search.search(SearchRequest.of("marshwort grievance"), false).hits()).as("search answers throughout")
                    .extracting(SearchHit::url).containsExactly(kept);
            var following = mvc.perform(get("/admin/search").param("follow", "1").with(asAdmin)).andExpect(status().isOk()).andReturn();
            if (rebuild.progress().running() && following.getResponse().getHeader("Refresh") != null) {
                assertThat(org.jsoup.Jsoup.parse(following.getResponse().getContentAsString()).select("progress")).isNotEmpty();
                sawItRunning = true;
            }
            Thread.sleep(20);
        }
        SearchIndexRebuild.Progress done = rebuild.progress();
        assertThat(sawItRunning || done.finishedAt() != null).isTrue();
        assertThat(done.running()).isFalse();
        assertThat(done.failure()).isNull();
        assertThat(done.kinds()).allSatisfy(kind -> assertThat(kind.documents()).as(kind.labelKey()).isEqualTo(kind.rowsAfter()));

        assertThat(search.search(SearchRequest.of("marshwort"), false).hits()).extracting(SearchHit::url)
                .containsExactlyInAnyOrder(kept, addedMeanwhile, "/library/" + unseen);
        assertThat(search.search(SearchRequest.of("marshwort archived"), false).hits()).as("archived during the rebuild").isEmpty();
        Document after = Html.of(mvc.perform(get("/admin/search").with(asAdmin)).andExpect(status().isOk()));
        assertThat(after.select("tbody tr td:nth-child(4)").eachText()).containsOnly("Complete");
        assertThat(after.select("p[role=status]").text()).contains("finished");
        mvc.perform(get("/admin/search").with(asAdmin)).andExpect(header().doesNotExist("Refresh"));
    }
}

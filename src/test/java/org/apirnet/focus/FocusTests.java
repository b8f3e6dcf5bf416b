package org.apirnet.focus;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apirnet.support.ControllableClock;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An admin features a theme for a period; the home page shows it then, and only then; the form refuses what is wrong. */
class FocusTests extends PortalIntegrationTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    @Autowired
    MockMvc mvc;

    @Autowired
    ControllableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private void moveTo(LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(12, 0).atZone(BANGKOK).toInstant()));
    }

    private static MockHttpServletRequestBuilder form(String path, String theme, String headline, String startsOn, String endsOn,
                                                      String items) {
        return post(path).with(csrf()).param("theme", theme).param("headline", headline)
                .param("introduction", "Why **this** matters now. <script>alert(1)</script>")
                .param("startsOn", startsOn).param("endsOn", endsOn).param("items", items).param("version", "");
    }

    private String publicNews() {
        return "/news/" + jdbc.queryForObject("select min(id) from news_item where status = 'PUBLISHED' and visibility = 'PUBLIC'", Long.class);
    }

    private long membersOnlyResource() {
        return jdbc.queryForObject("select min(id) from resource where status = 'PUBLISHED' and visibility = 'MEMBERS'", Long.class);
    }

    @Test
    void theHomePageShowsTheThemeInFocusDuringItsPeriodWithWhatEachViewerMaySee() throws Exception {
        String news = publicNews();
        long members = membersOnlyResource();
        // A bare id names no kind: the form says so and keeps everything typed.
        Document refused = Html.of(mvc.perform(form("/admin/focus/new", "labour-migration", "Recruitment fees in the corridors",
                "2031-03-01", "2031-03-31", news + "\n" + members).with(as(DEMO_ADMIN))));
        assertThat(refused.select("#items-error").text()).contains(Long.toString(members));
        assertThat(refused.select("#headline").val()).isEqualTo("Recruitment fees in the corridors");

        mvc.perform(form("/admin/focus/new", "labour-migration", "Recruitment fees in the corridors", "2031-03-01", "2031-03-31",
                        "https://portal.example.org" + news + "\n/library/" + members + "-a-slug").with(as(DEMO_ADMIN)))
                .andExpect(status().is3xxRedirection());
        assertThat(Html.of(mvc.perform(get("/"))).select(".focus h2").text()).as("not before its first day")
                .isNotEqualTo("Recruitment fees in the corridors");

        moveTo(LocalDate.of(2031, 3, 10));
        Document visitor = Html.of(mvc.perform(get("/")));
        assertThat(visitor.select(".focus h2").text()).isEqualTo("Recruitment fees in the corridors");
        assertThat(visitor.select(".focus-label a").attr("href")).isEqualTo("/themes/labour-migration");
        assertThat(visitor.select(".focus-intro strong").text()).isEqualTo("this");
        assertThat(visitor.select(".focus-intro script")).isEmpty();
        assertThat(visitor.select(".focus-items a").eachAttr("href")).as("members-only items are for members")
                .containsExactly(news);
        Document member = Html.of(mvc.perform(get("/").with(as(DEMO_MEMBER))));
        assertThat(member.select(".focus-items a").eachAttr("href")).containsExactly(news, "/library/" + members);
        Document themePage = Html.of(mvc.perform(get("/themes/labour-migration")));
        assertThat(themePage.select(".focus h3").text()).as("the home page's link leads to the focus").isEqualTo("Recruitment fees in the corridors");
        assertThat(themePage.select(".focus-items a").eachAttr("href")).containsExactly(news);
        assertThat(Html.of(mvc.perform(get("/themes/wage-policy"))).select(".focus")).as("only on the theme in focus").isEmpty();

        moveTo(LocalDate.of(2031, 4, 1));
        assertThat(Html.of(mvc.perform(get("/"))).select(".focus h2").text()).as("over after its last day")
                .isNotEqualTo("Recruitment fees in the corridors");
        assertThat(Html.of(mvc.perform(get("/themes/labour-migration"))).select(".focus h3").text())
                .isNotEqualTo("Recruitment fees in the corridors");
    }

    @Test
    void theFormSaysWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
        Document wrong = Html.of(mvc.perform(form("/admin/focus/new", "no-such-theme", "A headline typed with care", "2032-13-01",
                "2032-01-01", "/library/999999999\nhttps://elsewhere.example/nothing\n").with(as(DEMO_ADMIN))));
        assertThat(wrong.select("#theme-error").text()).isNotBlank();
        assertThat(wrong.select("#startsOn-error").text()).contains("year-month-day");
        assertThat(wrong.select("#items-error").text()).contains("/library/999999999").contains("elsewhere.example");
        assertThat(wrong.select("#headline").val()).isEqualTo("A headline typed with care");
        assertThat(wrong.select("#items").text()).contains("/library/999999999");

        Document backwards = Html.of(mvc.perform(form("/admin/focus/new", "tripartism", "Backwards", "2032-02-10", "2032-02-01", "")
                .with(as(DEMO_ADMIN))));
        assertThat(backwards.select("#endsOn-error").text()).contains("before the first day");

        mvc.perform(form("/admin/focus/new", "tripartism", "First of 2032", "2032-05-01", "2032-05-31", "").with(as(DEMO_ADMIN)))
                .andExpect(status().is3xxRedirection());
        Document overlapping = Html.of(mvc.perform(form("/admin/focus/new", "wage-policy", "Second of 2032", "2032-05-20", "2032-06-10", "")
                .with(as(DEMO_ADMIN))));
        assertThat(overlapping.select("#startsOn-error").text()).contains("First of 2032");

        long id = jdbc.queryForObject("select id from thematic_focus where headline = 'First of 2032'", Long.class);
        Document stale = Html.of(mvc.perform(form("/admin/focus/" + id, "tripartism", "First of 2032, renamed", "2032-05-01", "2032-05-31", "")
                .param("version", "99").with(as(DEMO_ADMIN))));
        assertThat(stale.select("p.error[role=alert]").text()).contains("changed this focus");
        assertThat(stale.select("#headline").val()).isEqualTo("First of 2032, renamed");
        mvc.perform(get("/admin/focus/not-a-number").with(as(DEMO_ADMIN))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsPlanAFocusWhateverTheyPost() throws Exception {
        for (String email : new String[] {DEMO_MEMBER, DEMO_EDITOR, DEMO_MODERATOR}) {
            mvc.perform(form("/admin/focus/new", "tripartism", "Not allowed", "2033-01-01", "2033-01-31", "").with(as(email)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/focus").with(as(email))).andExpect(status().isForbidden());
        }
        mvc.perform(form("/admin/focus/new", "tripartism", "Not allowed", "2033-01-01", "2033-01-31", ""))
                .andExpect(status().is3xxRedirection());
        long demo = jdbc.queryForObject("select min(id) from thematic_focus", Long.class);
        mvc.perform(post("/admin/focus/" + demo + "/delete").with(csrf()).with(as(DEMO_EDITOR))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from thematic_focus where headline = 'Not allowed'", Long.class)).isZero();
    }

    @Test
    void theDemoFeaturesSocialDialogueNowWithItemsOfSeveralKinds() throws Exception {
        Document home = Html.of(mvc.perform(get("/")));
        assertThat(home.select(".focus-label a").text()).isEqualTo("Social Dialogue");
        assertThat(home.select(".focus-items a")).hasSizeGreaterThanOrEqualTo(2);
        Document list = Html.of(mvc.perform(get("/admin/focus").with(as(DEMO_ADMIN))));
        assertThat(list.select("td").eachText()).contains("Featured now");
    }
}

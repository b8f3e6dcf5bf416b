package org.apirnet.search;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.apirnet.identity.membership.IdentityTestSupport;
import org.apirnet.platform.DataChanges;
import org.apirnet.support.ControllableClock;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "New for you" on a member's home page: what was published since their last visit in their themes and country,
 * never what they may not see, and each member's own even when the rest of the page is shared. Items are tagged with
 * Tonga and India, whose resources no other test counts, and a theme each member is alone in following here.
 */
class NewSinceLastVisitTests extends PortalIntegrationTest {

    /** Themes by id (see V2): 16 is the one the second member follows; 13 is on everything else. */
    private static final String THEIR_THEME = "16";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityTestSupport support;

    @Autowired
    DataChanges changes;

    @Autowired
    Clock clock;

    @AfterEach
    void resetClock() {
        ((ControllableClock) clock).reset();
    }

    private String publish(String title, String theme, String country, String visibility) throws Exception {
        return mvc.perform(multipart("/library/new").param("title", title).param("summary", "Summary of " + title)
                        .param("body", "Body.").param("type", "policy-advice").param("themes", theme).param("countries", country)
                        .param("language", "en").param("externalUrl", "https://www.ilo.org/x").param("visibility", visibility)
                        .param("action", "publish").with(csrf()).with(user(users.loadUserByUsername(DEMO_EDITOR))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    /** A member following these themes and this country, last seen a day ago; returns their address. */
    private String memberFollowing(String prefix, String country, String... themeIds) {
        String email = IdentityTestSupport.uniqueEmail(prefix);
        long id = support.member(email).getId();
        jdbc.update("update account set country_iso2 = ?, last_seen_at = ? where id = ?", country,
                Timestamp.from(clock.instant().minus(Duration.ofDays(1))), id);
        jdbc.update("delete from account_theme where account_id = ?", id);
        for (String theme : themeIds) {
            jdbc.update("insert into account_theme (account_id, theme_id) values (?, ?)", id, Short.parseShort(theme));
        }
        changes.changed();
        return email;
    }

    private MockHttpSession signIn(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", IdentityTestSupport.PASSWORD).session(session))
                .andExpect(status().is3xxRedirection());
        return session;
    }

    private static Element newForYou(Document home) {
        return home.selectFirst("section.since-visit");
    }

    @Test
    void eachMemberSeesWhatIsNewInTheirOwnThemesAndCountryEvenOnASharedPage() throws Exception {
        String tongan = memberFollowing("since-tonga", "TO");
        String follower = memberFollowing("since-theme", "PW", THEIR_THEME);
        String forTonga = publish("Tonga wage board reconvenes", "13", "to", "PUBLIC");
        String forTheTheme = publish("Sixteenth theme public guide", THEIR_THEME, "in", "PUBLIC");
        publish("Sixteenth theme members briefing", THEIR_THEME, "in", "MEMBERS");

        MvcResult first = mvc.perform(get("/").session(signIn(tongan))).andExpect(status().isOk()).andReturn();
        Element tongansBlock = newForYou(Jsoup.parse(first.getResponse().getContentAsString()));
        assertThat(tongansBlock).as("a member's home says what is new to them").isNotNull();
        assertThat(tongansBlock.select("a").eachAttr("href")).contains(forTonga).doesNotContain(forTheTheme);
        assertThat(tongansBlock.text()).contains("New for you since your last visit on", "in your themes and country")
                .doesNotContain("Sixteenth theme");

        MvcResult second = mvc.perform(get("/").session(signIn(follower))).andExpect(status().isOk()).andReturn();
        assertThat(second.getResponse().getHeader("X-Page-Cache")).as("the rest of home is shared among members")
                .isEqualTo("hit");
        String page = second.getResponse().getContentAsString();
        assertThat(page).as("no stand-in is ever sent").doesNotContainPattern("viewer[0-9a-f]{8,}sections");
        Element followersBlock = newForYou(Jsoup.parse(page));
        assertThat(followersBlock.text()).contains("Sixteenth theme public guide", "Sixteenth theme members briefing")
                .doesNotContain("Tonga wage board");
        assertThat(followersBlock.select("a").eachAttr("href")).contains(forTheTheme);
    }

    @Test
    void visitorsAndApplicantsAreShownNothingOfTheirOwn() throws Exception {
        publish("India members-only bargaining notes", THEIR_THEME, "in", "MEMBERS");
        Document visitor = Html.of(mvc.perform(get("/")).andExpect(status().isOk()));
        assertThat(newForYou(visitor)).isNull();
        assertThat(visitor.text()).doesNotContain("New for you", "India members-only bargaining notes");
        assertThat(visitor.html()).doesNotContainPattern("viewer[0-9a-f]{8,}");
    }

    @Test
    void aMemberWhoChoseNoThemesOrCountryIsShownEverythingNewAndInvitedToChoose() throws Exception {
        String email = memberFollowing("since-none", null);
        String anything = publish("Tonga and India joint statement", "13", "in", "PUBLIC");
        Element block = newForYou(Html.of(mvc.perform(get("/").session(signIn(email)))));
        assertThat(block.text()).contains("across the portal", "Choose your themes and country");
        assertThat(block.select("a").eachAttr("href")).contains(anything, "/account#profile-heading");
    }

    /**
     * Through the real server, whose sessions end as in production: what was published during a visit is not new at
     * the next one, which starts where the last one ended (not where it began).
     */
    @Test
    void theNextVisitStartsWhereTheLastOneEnded() throws Exception {
        String email = memberFollowing("since-visits", "TO");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI base = URI.create("http://localhost:" + port);
        signInThroughTheServer(browser, base, email);
        ControllableClock time = (ControllableClock) clock;
        time.advance(Duration.ofMinutes(5));
        String duringTheVisit = publish("Tonga tripartite forum during the visit", "13", "to", "PUBLIC");
        time.advance(Duration.ofMinutes(5));
        Document home = Jsoup.parse(send(browser, base, "/"));
        assertThat(newForYou(home).select("a").eachAttr("href")).as("new while the visit lasts").contains(duringTheVisit);
        String token = home.select("input[name=_csrf]").val();
        browser.send(HttpRequest.newBuilder(base.resolve("/logout")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build(), HttpResponse.BodyHandlers.discarding());

        time.advance(Duration.ofDays(2));
        signInThroughTheServer(browser, base, email);
        Element next = newForYou(Jsoup.parse(send(browser, base, "/")));
        assertThat(next.select("a").eachAttr("href")).as("seen during the last visit").doesNotContain(duringTheVisit);
        assertThat(next.text()).contains("Nothing new yet");
    }

    private static String send(HttpClient browser, URI base, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void signInThroughTheServer(HttpClient browser, URI base, String email) throws Exception {
        String csrf = Jsoup.parse(send(browser, base, "/login")).select("input[name=_csrf]").val();
        HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                        + "&password=" + IdentityTestSupport.PASSWORD + "&_csrf=" + csrf)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
    }
}

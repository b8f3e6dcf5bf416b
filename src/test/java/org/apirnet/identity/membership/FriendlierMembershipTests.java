package org.apirnet.identity.membership;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apirnet.identity.accounts.Account;
import org.apirnet.identity.accounts.AccountRepository;
import org.apirnet.identity.accounts.Role;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What applicants, members and admins meet along the way: where sign-in leads, what a closed page says, and more. */
class FriendlierMembershipTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityTestSupport support;

    @Autowired
    AccountRepository accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.apirnet.platform.DataChanges changes;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    /** An applicant signing in lands on the page that says where the application stands, whatever they asked for. */
    @Test
    void anApplicantSigningInLandsOnTheirApplication() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("lands");
        support.confirmedApplicant(email);
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(get("/members"))
                .andReturn().getRequest().getSession(false);
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", IdentityTestSupport.PASSWORD)
                .session(session)).andExpect(redirectedUrl("/account"));
        mvc.perform(post("/login").with(csrf()).param("username", DEMO_MEMBER).param("password", DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    /** Through the real server: the 403 page is Tomcat's error dispatch, which MockMvc skips. */
    @Test
    void aMembersOnlyPageTellsAnApplicantItOpensOnApproval() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("closed");
        support.confirmedApplicant(email);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI base = URI.create("http://localhost:" + port);
        String csrf = Jsoup.parse(http.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).select("input[name=_csrf]").val();
        http.send(HttpRequest.newBuilder(base.resolve("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(IdentityTestSupport.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf))
                .build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> members = http.send(HttpRequest.newBuilder(base.resolve("/members")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(members.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(members.body());
        assertThat(page.select("main").text()).contains("opens to you as soon as your application is approved")
                .doesNotContain("does not have access");
        assertThat(page.select("main a[href=/account]").text()).contains("where your application stands");
    }

    @Test
    void aProfilesAboutIsSafeMarkdown() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("about");
        Account member = support.member(email);
        jdbc.update("update account set bio = ?, profile_visibility = 'MEMBERS' where id = ?",
                "I work on **wage policy**. See [our report](https://example.org/r).\n\n<script>alert(1)</script>", member.getId());
        Document profile = Html.of(mvc.perform(get("/members/" + member.getId()).with(as(DEMO_MEMBER))).andExpect(status().isOk()));
        assertThat(profile.select("main .prose strong").text()).isEqualTo("wage policy");
        assertThat(profile.select("main .prose a[href='https://example.org/r']").attr("rel")).contains("nofollow");
        assertThat(profile.select("main script")).isEmpty();
        assertThat(profile.select("main").html()).doesNotContain("alert(1)</script>");
    }

    @Test
    void theDirectoryIgnoresCaseAndAccents() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("accent");
        Account member = support.member(email);
        jdbc.update("update account set display_name = 'Nguyễn Thị Đào', organization = 'Tổng Liên đoàn Lao động' where id = ?", member.getId());
        for (String query : new String[] {"nguyen thi dao", "NGUYỄN", "lien doan lao dong", "Đào"}) {
            Document page = Html.of(mvc.perform(get("/members").param("q", query).with(as(DEMO_MEMBER))).andExpect(status().isOk()));
            assertThat(page.select("main").text()).as(query).contains("Nguyễn Thị Đào");
        }
        Document none = Html.of(mvc.perform(get("/members").param("q", "100%_\\").with(as(DEMO_MEMBER))).andExpect(status().isOk()));
        assertThat(none.select("main").text()).doesNotContain("Nguyễn Thị Đào");
    }

    /** Making someone an admin hands over the portal: a page says so and asks again. */
    @Test
    void grantingTheAdminRoleAsksForConfirmation() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("newadmin");
        Account member = support.member(email);
        Document confirm = Html.of(mvc.perform(post("/admin/members/" + member.getId() + "/roles").param("role", "ADMIN")
                .param("action", "grant").with(csrf()).with(as(DEMO_ADMIN))).andExpect(status().isOk()));
        assertThat(confirm.select("h1").text()).isEqualTo("Make an administrator?");
        assertThat(confirm.select("main button").text()).contains("Make " + member.getDisplayName() + " an administrator");
        assertThat(accounts.findById(member.getId()).orElseThrow().getRoles()).doesNotContain(Role.ADMIN);
        mvc.perform(post("/admin/members/" + member.getId() + "/roles").param("role", "ADMIN").param("action", "grant")
                .param("confirmed", "yes").with(csrf()).with(as(DEMO_ADMIN))).andExpect(redirectedUrl("/admin/members/" + member.getId()));
        assertThat(accounts.findById(member.getId()).orElseThrow().getRoles()).contains(Role.ADMIN);
        // Removing it, and other roles, need no second step.
        mvc.perform(post("/admin/members/" + member.getId() + "/roles").param("role", "ADMIN").param("action", "remove")
                .with(csrf()).with(as(DEMO_ADMIN))).andExpect(redirectedUrl("/admin/members/" + member.getId()));
        mvc.perform(post("/admin/members/" + member.getId() + "/roles").param("role", "EDITOR").param("action", "grant")
                .with(csrf()).with(as(DEMO_ADMIN))).andExpect(redirectedUrl("/admin/members/" + member.getId()));
        assertThat(accounts.findById(member.getId()).orElseThrow().getRoles()).containsExactlyInAnyOrder(Role.MEMBER, Role.EDITOR);
    }

    @Test
    void formsShowTheirLimitsAndTheMailLogFindsARecipient() throws Exception {
        Document join = Html.of(mvc.perform(get("/join")).andExpect(status().isOk()));
        assertThat(join.select("#motivation").attr("aria-describedby")).contains("motivation-left");
        assertThat(join.select("#motivation-hint").text()).contains("2,000 characters");
        assertThat(join.select("script[src^=/js/characters-left-]")).hasSize(1);

        String email = IdentityTestSupport.uniqueEmail("maillog");
        support.applied(email);
        org.apirnet.support.TestMail.awaitMessagesTo(email, 1, java.time.Duration.ofSeconds(10));
        Document log = Html.of(mvc.perform(get("/admin/mail").param("to", email.substring(0, 12).toUpperCase())
                .with(as(DEMO_ADMIN))).andExpect(status().isOk()));
        assertThat(log.select("table.mail-log tbody tr")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.text()).contains(email.substring(0, 12)));
        Document none = Html.of(mvc.perform(get("/admin/mail").param("to", "%_nobody\\").with(as(DEMO_ADMIN))).andExpect(status().isOk()));
        assertThat(none.select("main").text()).contains("No mail to an address containing");
    }

    /** A submission credits its member on the resource page, and their profile lists it, as the profile's visibility allows. */
    @Test
    void aSharedResourceCreditsItsMemberAndTheProfileListsIt() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("sharer");
        Account sharer = support.member(email);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/library/submit")
                .param("title", "Shared wage survey " + sharer.getId()).param("summary", "From our union").param("type", "research")
                .param("themes", "3").param("language", "en").param("externalUrl", "https://example.org/survey")
                .param("visibility", "PUBLIC").with(csrf()).with(as(email))).andExpect(redirectedUrl("/account"));
        long id = jdbc.queryForObject("select id from resource where title = ?", Long.class, "Shared wage survey " + sharer.getId());
        mvc.perform(post("/library/" + id + "/publish").with(csrf()).with(as(DEMO_EDITOR)));

        // Members-only profile: members see the credit, visitors see no name and no profile.
        Document forVisitor = Html.of(mvc.perform(get("/library/" + id)).andExpect(status().isOk()));
        assertThat(forVisitor.select("main").text()).doesNotContain(sharer.getDisplayName());
        Document forMember = Html.of(mvc.perform(get("/library/" + id).with(as(DEMO_MEMBER))).andExpect(status().isOk()));
        assertThat(forMember.select("main a[href=/members/" + sharer.getId() + "]").text()).isEqualTo(sharer.getDisplayName());
        Document profile = Html.of(mvc.perform(get("/members/" + sharer.getId()).with(as(DEMO_MEMBER))).andExpect(status().isOk()));
        assertThat(profile.select("section:has(#contributions-heading) a[href=/library/" + id + "]").text()).contains("Shared wage survey");

        // Public profile: visitors too.
        jdbc.update("update account set profile_visibility = 'PUBLIC' where id = ?", sharer.getId());
        changes.changed(); // written with plain JDBC: tell the visitors' page cache
        Document publicCredit = Html.of(mvc.perform(get("/library/" + id)).andExpect(status().isOk()));
        assertThat(publicCredit.select("main a[href=/members/" + sharer.getId() + "]").text()).isEqualTo(sharer.getDisplayName());
        Document publicProfile = Html.of(mvc.perform(get("/members/" + sharer.getId())).andExpect(status().isOk()));
        assertThat(publicProfile.select("section:has(#contributions-heading)").text()).contains("Shared wage survey", "Library resource");
    }

    /** ILO headquarters staff in Geneva can say where they are: a country outside the region, named on the profile. */
    @Test
    void someoneOutsideTheRegionCanApplyWithTheirCountry() throws Exception {
        Document join = Html.of(mvc.perform(get("/join")).andExpect(status().isOk()));
        assertThat(join.select("#country optgroup[label='Outside Asia and the Pacific'] option[value=CH]").text()).isEqualTo("Switzerland");
        assertThat(join.select("#country optgroup[label='Asia and the Pacific'] option[value=TH]").text()).isEqualTo("Thailand");
        assertThat(join.select("#country optgroup[label='Outside Asia and the Pacific'] option[value=TH]")).isEmpty();

        String email = IdentityTestSupport.uniqueEmail("geneva");
        mvc.perform(post("/join").with(csrf()).param("name", "Geneva Specialist").param("email", email)
                        .param("password", IdentityTestSupport.PASSWORD).param("organization", "ILO Geneva").param("country", "ch")
                        .param("constituencyGroup", "1").param("motivation", "Headquarters support to the region."))
                .andExpect(redirectedUrl("/join/sent"));
        Account applicant = accounts.findByEmail(email).orElseThrow();
        assertThat(applicant.getCountryIso2()).isEqualTo("CH");
        Document bad = Html.of(mvc.perform(post("/join").with(csrf()).param("name", "X").param("email", IdentityTestSupport.uniqueEmail("zz"))
                .param("password", IdentityTestSupport.PASSWORD).param("organization", "O").param("country", "ZZ")
                .param("constituencyGroup", "1").param("motivation", "m")).andExpect(status().isOk()));
        assertThat(bad.select("#country-error").text()).isNotBlank();

        jdbc.update("update account set status = 'ACTIVE' where id = ?", applicant.getId());
        Document profile = Html.of(mvc.perform(get("/members/" + applicant.getId()).with(as(DEMO_MEMBER))).andExpect(status().isOk()));
        assertThat(profile.select("main").text()).contains("Switzerland");
        Document composition = Html.of(mvc.perform(get("/admin/composition").with(as(DEMO_ADMIN))).andExpect(status().isOk()));
        assertThat(composition.select("main").text()).contains("Outside Asia and the Pacific");
    }
}

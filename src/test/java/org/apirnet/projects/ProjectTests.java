package org.apirnet.projects;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Projects against the real portal: editors creating and editing them, their pages with what names them, the list's
 * facets, slugs, every kind of bad input, and who may do what. Projects here are tagged with Singapore, Malaysia and
 * Australia, which no other test class uses (the database is shared by the whole run).
 */
class ProjectTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    /** A complete, valid project form (wage policy, Singapore); {@code overrides} are name, value pairs replacing a default. */
    static MockHttpServletRequestBuilder project(String path, String title, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("summary", "Summary of " + title);
        fields.put("objectives", "- **Train** inspectors\n- Publish data <script>x</script>");
        fields.put("donors", "Government of Japan\n\n  European Union  ");
        fields.put("partners", "Ministry of Manpower\nNational Trades Union Congress");
        fields.put("start", "2025-01-01");
        fields.put("end", "2027-06-30");
        fields.put("contactName", "ILO Country Office");
        fields.put("contactEmail", "office@example.org");
        fields.put("stage", "active");
        fields.put("themes", "13");
        fields.put("countries", "sg");
        fields.put("action", "publish");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach((name, value) -> request.param(name, (name.equals("themes") || name.equals("countries"))
                ? (value.isEmpty() ? new String[0] : value.split(",")) : new String[] {value}));
        return request;
    }

    static long idFrom(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after saving").matches("/projects/\\d+-[a-z0-9-]+");
        return Long.parseLong(location.substring("/projects/".length()).replaceAll("-.*", ""));
    }

    private long create(String title, String... overrides) throws Exception {
        return idFrom(mvc.perform(project("/projects/new", title, overrides).with(as(DEMO_EDITOR))).andReturn());
    }

    private String pathOf(long id) {
        return "/projects/" + id + "-" + jdbc.queryForObject("select slug from project where id = ?", String.class, id);
    }

    private long count(String title) {
        return jdbc.queryForObject("select count(*) from project where title = ?", Long.class, title);
    }

    @Test
    void anEditorCreatesAProjectThatEveryoneCanReadAndFindByCountryThemeAndStatus() throws Exception {
        long id = create("Labour inspection modernisation in Singapore");
        assertThat(pathOf(id)).isEqualTo("/projects/" + id + "-labour-inspection-modernisation-in-singapore");

        Document page = Html.of(mvc.perform(get(pathOf(id))).andExpect(status().isOk()));
        assertThat(page.select("h1").text()).isEqualTo("Labour inspection modernisation in Singapore");
        assertThat(page.select(".prose-html strong").text()).isEqualTo("Train");
        assertThat(page.select(".prose-html script")).as("objectives sanitized").isEmpty();
        assertThat(page.select("dl.facts").text()).contains("Government of Japan; European Union")
                .contains("Ministry of Manpower; National Trades Union Congress").contains("January 2025").contains("June 2027")
                .contains("Singapore").contains("Wage Policy").contains("office@example.org");
        assertThat(page.select(".meta a[href='/projects?stage=active']").text()).isEqualTo("Active");
        assertThat(page.select(".editor-panel")).as("editor parts hidden from visitors").isEmpty();
        assertThat(page.text()).contains("Nothing names this project yet.");
        assertThat(jdbc.queryForList("select action from audit_event where subject_kind = 'project' and subject_id = ?",
                String.class, id)).containsExactly("PUBLISHED");

        Document list = Html.of(mvc.perform(get("/projects?country=sg&theme=wage-policy&stage=active")).andExpect(status().isOk()));
        assertThat(list.select(".project-card h3 a").eachAttr("href")).contains(pathOf(id));
        assertThat(Html.of(mvc.perform(get("/projects?country=sg&stage=completed"))).select(".project-card h3 a").eachAttr("href"))
                .doesNotContain(pathOf(id));
        assertThat(list.select(".facets a").eachAttr("href")).as("facets are plain links, no empty parameter")
                .allSatisfy(href -> assertThat(href).doesNotContainPattern("=(&|$)"));
        Document country = Html.of(mvc.perform(get("/countries/sg")).andExpect(status().isOk()));
        assertThat(country.select("#tagged-projects-heading ~ ul a").eachAttr("href")).contains(pathOf(id));
        Document search = Html.of(mvc.perform(get("/search").param("q", "modernisation singapore")).andExpect(status().isOk()));
        assertThat(search.select("main a").eachAttr("href")).as("site search finds projects").contains("/projects/" + id);
    }

    @Test
    void aProjectPageListsTheNewsResourcesAndEventsThatNameItAsTheViewerMaySeeThem() throws Exception {
        long id = create("Tripartite wage council support in Malaysia", "countries", "my");
        mvc.perform(multipart("/news/new").with(csrf()).with(as(DEMO_EDITOR)).param("title", "Wage council meets in Kuala Lumpur")
                .param("summary", "The council met.").param("kind", "ilo-project-news").param("themes", "13").param("countries", "my")
                .param("language", "en").param("visibility", "PUBLIC").param("project", Long.toString(id)).param("action", "publish"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/news/new").with(csrf()).with(as(DEMO_EDITOR)).param("title", "Members brief on the Malaysian council")
                .param("summary", "For members.").param("kind", "project-report").param("themes", "13").param("countries", "my")
                .param("language", "en").param("visibility", "MEMBERS").param("project", Long.toString(id)).param("action", "publish"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/library/new").with(csrf()).with(as(DEMO_EDITOR)).param("title", "Malaysian wage council handbook")
                .param("summary", "A handbook.").param("type", "research").param("themes", "13").param("countries", "my")
                .param("language", "en").param("externalUrl", "https://example.org/handbook").param("visibility", "PUBLIC")
                .param("project", Long.toString(id)).param("action", "publish"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/events/new").with(csrf()).with(as(DEMO_EDITOR)).param("title", "Wage council training in Penang")
                .param("summary", "Two days.").param("type", "workshop").param("startsAt", "2027-03-10T09:00")
                .param("endsAt", "2027-03-11T17:00").param("timeZone", "Asia/Kuala_Lumpur").param("themes", "13")
                .param("countries", "my").param("language", "en").param("visibility", "PUBLIC").param("project", Long.toString(id))
                .param("action", "publish"))
                .andExpect(status().is3xxRedirection());

        Document visitor = Html.of(mvc.perform(get(pathOf(id))).andExpect(status().isOk()));
        assertThat(visitor.select("#items-event ~ ul a").text()).isEqualTo("Wage council training in Penang");
        assertThat(visitor.select("#items-news").text()).isEqualTo("News and project reports (1)");
        assertThat(visitor.select("#items-news ~ ul a").text()).isEqualTo("Wage council meets in Kuala Lumpur");
        assertThat(visitor.select("#items-resource ~ ul a").text()).isEqualTo("Malaysian wage council handbook");
        assertThat(visitor.text()).doesNotContain("Members brief");
        Document member = Html.of(mvc.perform(get(pathOf(id)).with(as(DEMO_MEMBER))).andExpect(status().isOk()));
        assertThat(member.select("#items-news").text()).isEqualTo("News and project reports (2)");

        String newsPath = visitor.select("#items-news ~ ul a").attr("href");
        String newsPage = mvc.perform(get(newsPath)).andExpect(status().isMovedPermanently()).andReturn().getResponse().getRedirectedUrl();
        Document news = Html.of(mvc.perform(get(newsPage)).andExpect(status().isOk()));
        assertThat(news.select("dl.facts a[href='" + pathOf(id) + "']").text()).as("the item links back")
                .isEqualTo("Tripartite wage council support in Malaysia");
        Document form = Html.of(mvc.perform(get("/news/new").with(as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(form.select("select#project option[value='" + id + "']").text()).isEqualTo("Tripartite wage council support in Malaysia");
    }

    /**
     * Archiving a project must not cost what names it its project: the edit forms offer the project it names now
     * (saying it is no longer published), so saving them as a browser would keeps it.
     */
    @Test
    void contentNamingAProjectKeepsItWhenTheProjectIsArchivedAndTheContentSavedAgain() throws Exception {
        long id = create("Occupational safety programme in India", "countries", "in");
        String resource = mvc.perform(multipart("/library/new").with(csrf()).with(as(DEMO_EDITOR)).param("title", "India safety checklist")
                        .param("summary", "A checklist.").param("type", "research").param("themes", "13").param("countries", "in")
                        .param("language", "en").param("externalUrl", "https://example.org/checklist").param("visibility", "PUBLIC")
                        .param("project", Long.toString(id)).param("action", "publish"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long resourceId = Long.parseLong(resource.replaceAll("\\D", ""));
        String event = mvc.perform(post("/events/new").with(csrf()).with(as(DEMO_EDITOR)).param("title", "India safety training")
                        .param("summary", "One day.").param("type", "workshop").param("startsAt", "2027-05-10T09:00")
                        .param("endsAt", "2027-05-10T17:00").param("timeZone", "Asia/Kolkata").param("themes", "13")
                        .param("countries", "in").param("language", "en").param("visibility", "PUBLIC").param("project", Long.toString(id))
                        .param("action", "publish"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long eventId = Long.parseLong(event.replaceAll("\\D", ""));
        mvc.perform(post("/projects/" + id + "/archive").with(csrf()).with(as(DEMO_EDITOR))).andExpect(status().is3xxRedirection());

        for (String[] item : new String[][] {{"/library/" + resourceId + "/edit", "resource", Long.toString(resourceId)},
                {"/events/" + eventId + "/edit", "event", Long.toString(eventId)}}) {
            Document form = Html.of(mvc.perform(get(item[0]).with(as(DEMO_EDITOR))).andExpect(status().isOk()));
            assertThat(form.select("select#project option[selected]").text()).as(item[0]).contains("no longer published");
            mvc.perform(asABrowserSubmits(form, multipart(item[0])).with(csrf()).with(as(DEMO_EDITOR)))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject("select project_id from " + item[1] + " where id = ?", Long.class, Long.parseLong(item[2])))
                    .as("saved again, " + item[0] + " still names its project").isEqualTo(id);
        }
    }

    /** The form's fields as a browser sends them: a select without a selected option sends its first. */
    private static <B extends org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<B>> B asABrowserSubmits(
            Document page, B request) {
        org.jsoup.nodes.Element form = page.selectFirst("main form[method=post]:has(select#project)");
        for (org.jsoup.nodes.Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            String type = field.attr("type");
            if (name.equals("_csrf") || type.equals("file") || type.equals("submit")
                    || ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
                continue;
            }
            if (field.tagName().equals("select") && field.hasAttr("multiple")) {
                field.select("option[selected]").forEach(option -> request.param(name, option.attr("value")));
            } else if (field.tagName().equals("select")) {
                org.jsoup.nodes.Element chosen = field.selectFirst("option[selected]");
                chosen = chosen != null ? chosen : field.selectFirst("option");
                request.param(name, chosen == null ? "" : chosen.attr("value"));
            } else {
                request.param(name, field.tagName().equals("textarea") ? field.wholeText() : field.val());
            }
        }
        org.jsoup.nodes.Element button = form.selectFirst("button[name]");
        if (button != null) {
            request.param(button.attr("name"), button.val());
        }
        return request;
    }

    @Test
    void aContentFormNamingAProjectThatDoesNotExistSaysSoAndKeepsTheTyping() throws Exception {
        for (String bad : new String[] {"999999999", "abc", "-1"}) {
            Document page = Html.of(mvc.perform(multipart("/news/new").with(csrf()).with(as(DEMO_EDITOR)).param("title", "News of no project " + bad)
                    .param("summary", "s").param("kind", "country-news").param("themes", "13").param("countries", "my")
                    .param("language", "en").param("visibility", "PUBLIC").param("project", bad).param("action", "publish"))
                    .andExpect(status().isOk()));
            assertThat(page.select("#project-error").text()).contains("choose a project from the list");
            assertThat(page.select("#title").val()).isEqualTo("News of no project " + bad);
        }
        Document page = Html.of(mvc.perform(multipart("/library/new").with(csrf()).with(as(DEMO_EDITOR)).param("title", "Resource of no project")
                .param("summary", "s").param("type", "research").param("themes", "13").param("language", "en")
                .param("externalUrl", "https://example.org/x").param("visibility", "PUBLIC").param("project", "424242424242"))
                .andExpect(status().isOk()));
        assertThat(page.select("#project-error").text()).contains("choose a project from the list");
    }

    @Test
    void theFormExplainsEveryBadFieldAndKeepsWhatWasTyped() throws Exception {
        Document endBeforeStart = Html.of(mvc.perform(project("/projects/new", "Backwards project", "start", "2026-05-01", "end", "2026-04-30")
                .with(as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(endBeforeStart.select("#end-error").text()).isEqualTo("The end date is before the start date.");
        assertThat(endBeforeStart.select("#title").val()).isEqualTo("Backwards project");
        assertThat(endBeforeStart.select("#end").val()).isEqualTo("2026-04-30");
        assertThat(endBeforeStart.select("#donors").text()).contains("Government of Japan");

        Document bad = Html.of(mvc.perform(project("/projects/new", "", "start", "2026-02-31", "end", "31/12/2027", "stage", "finished",
                "themes", "999", "countries", "zz", "contactEmail", "not an address").with(as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(bad.select("#title-error")).isNotEmpty();
        assertThat(bad.select("#start-error").text()).contains("not a date");
        assertThat(bad.select("#end-error").text()).contains("2026-01-31");
        assertThat(bad.select("#stage-error").text()).contains("listed statuses");
        assertThat(bad.select("#themes-error").text()).contains("choose themes");
        assertThat(bad.select("#countries-error").text()).contains("choose a country");
        assertThat(bad.select("#contactEmail-error")).isNotEmpty();
        assertThat(bad.text()).doesNotContain("Exception");
        assertThat(count("Backwards project")).isZero();
    }

    @Test
    void aSlugThatIsNotTheCurrentOneRedirectsAndMalformedOrUnknownIdsAreNotFound() throws Exception {
        long id = create("Pay equity programme in Australia", "countries", "au");
        String current = pathOf(id);
        assertThat(mvc.perform(get("/projects/" + id)).andExpect(status().isMovedPermanently()).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo(current);
        assertThat(mvc.perform(get("/projects/" + id + "-old-name")).andExpect(status().isMovedPermanently()).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo(current);

        String version = Html.of(mvc.perform(get("/projects/" + id + "/edit").with(as(DEMO_EDITOR)))).select("#version").val();
        mvc.perform(project("/projects/" + id + "/edit", "Pay equity and wage transparency in Australia", "countries", "au",
                "version", version).with(as(DEMO_EDITOR))).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(current)).andExpect(status().isMovedPermanently()).andReturn().getResponse().getRedirectedUrl())
                .as("the old slug follows the new title").isEqualTo(pathOf(id)).endsWith("-pay-equity-and-wage-transparency-in-australia");

        for (String path : new String[] {"/projects/abc", "/projects/0", "/projects/-5", "/projects/999999999999",
                "/projects/12345678901234567890123", "/projects/" + id + "x"}) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
        }
        assertThat(getFromServer("/projects/99999999999-nothing").body()).doesNotContain("Exception");
        mvc.perform(get("/projects/abc/edit").with(as(DEMO_EDITOR))).andExpect(status().isNotFound());
        mvc.perform(post("/projects/999999999/archive").with(csrf()).with(as(DEMO_EDITOR))).andExpect(status().isNotFound());
    }

    @Test
    void unknownFilterValuesAreDroppedWithANoticeAndAPagePastTheEndSaysSo() throws Exception {
        Document ignored = Html.of(mvc.perform(get("/projects?country=zz&theme=no-such-theme&stage=finished")).andExpect(status().isOk()));
        assertThat(ignored.select(".notice").text()).contains("Not recognised, ignored").contains("Country").contains("Theme").contains("Status");
        Document far = Html.of(mvc.perform(get("/projects?page=10000")).andExpect(status().isOk()));
        assertThat(far.select(".pager").text()).contains("There is no page");
        mvc.perform(get("/projects?page=abc&country=" + "x".repeat(5000))).andExpect(status().isOk());
        mvc.perform(get("/projects?page=99999999999999999999")).andExpect(status().isOk());
    }

    @Test
    void aSecondEditorSavingFromAnOlderFormIsToldAndNothingOfTheirsIsSaved() throws Exception {
        long id = create("Social security dialogue in Singapore");
        String version = Html.of(mvc.perform(get("/projects/" + id + "/edit").with(as(DEMO_EDITOR)))).select("#version").val();
        mvc.perform(project("/projects/" + id + "/edit", "Social security dialogue in Singapore", "version", version, "stage", "completed")
                .with(as(DEMO_EDITOR))).andExpect(status().is3xxRedirection());
        Document stale = Html.of(mvc.perform(project("/projects/" + id + "/edit", "A stale title", "version", version)
                .with(as(DEMO_ADMIN))).andExpect(status().isOk()));
        assertThat(stale.select("#version-error").text()).contains("Someone changed this project");
        assertThat(stale.select("#title").val()).isEqualTo("A stale title");
        assertThat(jdbc.queryForObject("select stage from project where id = ?", String.class, id)).isEqualTo("COMPLETED");
        assertThat(count("A stale title")).isZero();
        assertThat(jdbc.queryForList("select action from audit_event where subject_kind = 'project' and subject_id = ? order by id",
                String.class, id)).containsExactly("PUBLISHED", "UPDATED");
    }

    @Test
    void draftsAndArchivedProjectsAreForEditorsOnly() throws Exception {
        long draft = create("Draft project in Malaysia", "countries", "my", "action", "draft");
        mvc.perform(get(pathOf(draft))).andExpect(status().isNotFound());
        mvc.perform(get(pathOf(draft)).with(as(DEMO_MEMBER))).andExpect(status().isNotFound());
        mvc.perform(get(pathOf(draft)).with(as(DEMO_EDITOR))).andExpect(status().isOk());
        mvc.perform(post("/projects/" + draft + "/publish").with(csrf()).with(as(DEMO_EDITOR))).andExpect(status().is3xxRedirection());
        mvc.perform(get(pathOf(draft))).andExpect(status().isOk());
        mvc.perform(post("/projects/" + draft + "/archive").with(csrf()).with(as(DEMO_EDITOR))).andExpect(status().is3xxRedirection());
        mvc.perform(get(pathOf(draft))).andExpect(status().isNotFound());
        assertThat(Html.of(mvc.perform(get("/projects?country=my"))).select(".project-card h3 a").eachAttr("href"))
                .doesNotContain(pathOf(draft));
        assertThat(jdbc.queryForList("select action from audit_event where subject_kind = 'project' and subject_id = ? order by id",
                String.class, draft)).containsExactly("CREATED", "PUBLISHED", "ARCHIVED");
    }

    @Test
    void visitorsAndMembersCannotCreateOrChangeProjectsEvenByPostingDirectly() throws Exception {
        long id = create("Protected project in Australia", "countries", "au");
        String version = jdbc.queryForObject("select version from project where id = ?", Long.class, id).toString();
        assertThat(mvc.perform(project("/projects/new", "Visitor's project")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        mvc.perform(project("/projects/new", "Member's project").with(as(DEMO_MEMBER))).andExpect(status().isForbidden());
        mvc.perform(project("/projects/" + id + "/edit", "Member's change", "version", version).with(as(DEMO_MEMBER)))
                .andExpect(status().isForbidden());
        mvc.perform(project("/projects/" + id + "/edit", "Moderator's change", "version", version).with(as(DEMO_MODERATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/projects/" + id + "/archive").with(csrf()).with(as(DEMO_MEMBER))).andExpect(status().isForbidden());
        mvc.perform(post("/projects/" + id + "/archive").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/projects/new").with(as(DEMO_MEMBER))).andExpect(status().isForbidden());
        mvc.perform(get("/projects/" + id + "/edit").with(as(DEMO_MEMBER))).andExpect(status().isForbidden());
        assertThat(count("Visitor's project") + count("Member's project") + count("Member's change") + count("Moderator's change")).isZero();
        assertThat(jdbc.queryForObject("select status from project where id = ?", String.class, id)).isEqualTo("PUBLISHED");
        assertThat(Html.of(mvc.perform(get("/projects"))).select("a[href='/projects/new']")).isEmpty();
    }
}

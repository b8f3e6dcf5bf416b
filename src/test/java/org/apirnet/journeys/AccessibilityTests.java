package org.apirnet.journeys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.apirnet.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core (from its WebJar) in the real browser on every page that exists and fails on any serious or
 * critical violation. Axe is injected with CSP bypassed; the pages themselves never allow inline script.
 */
class AccessibilityTests extends BrowserTest {

    private static final String AXE_SCRIPT = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setBypassCSP(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/themes", "/themes/labour-migration", "/countries", "/countries/kh",
            "/search", "/search?q=labour", "/search?q=nothing-matches-this", "/search?q=minimun+wage",
            "/search?q=wage&country=kh&sort=date&page=2", "/search?q=the", "/search?q=wage&page=999", "/login", "/login?error", "/login?locked", "/login?busy", "/login/unlock", "/login/unlock/confirm?token=not-valid",
            "/no-such-page", "/join", "/login/forgot", "/join/confirm?token=not-valid", "/invitation?token=not-valid",
            "/library", "/library?theme=no-such-theme&year=abc", "/library?q=wage&country=kh", "/themes/wage-policy", "/countries/kh",
            "/events", "/events?view=month", "/events?when=past", "/events?theme=no-such-theme",
            "/news", "/news?kind=project-report", "/news?theme=no-such-theme&year=abc", "/news?page=10000",
            "/countries/compare", "/countries/compare?subregion=south-east-asia&group=industrial-relations&sort=trade-union-density",
            "/countries/compare?country=zz&indicator=nope", "/discussions", "/discussions?theme=no-such-theme&year=1800",
            "/projects", "/projects?country=kh&stage=active", "/projects?country=zz&stage=nope", "/projects?page=10000",
            "/blog", "/blog?kind=nope&theme=no-such-theme&page=10000"})
    void pageHasNoSeriousOrCriticalViolations(String path) throws IOException {
        page.navigate(path);
        assertThat(seriousViolations()).as("axe violations on " + path).isEmpty();
    }

    @Test
    void signedInPagesHaveNoSeriousOrCriticalViolations() throws IOException {
        page.navigate("/login");
        page.getByLabel("E-mail address").fill(DEMO_MEMBER);
        page.getByLabel("Password").fill(DEMO_PASSWORD);
        page.locator("main button[type=submit]").click();
        page.waitForURL("**/");
        assertThat(seriousViolations()).as("axe violations on / signed in").isEmpty();
        page.navigate("/admin/members");
        assertThat(page.locator("h1").textContent()).isEqualTo("Not allowed");
        assertThat(page.content()).doesNotContain("Exception");
        assertThat(seriousViolations()).as("axe violations on the 403 page").isEmpty();
    }

    @Test
    void theSearchIndexAdminPageHasNoSeriousOrCriticalViolations() throws IOException {
        signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
        page.navigate("/admin/search");
        assertThat(page.locator("h1").textContent()).isEqualTo("Search index");
        assertThat(seriousViolations()).as("axe violations on /admin/search").isEmpty();
    }

    @Test
    void formsShowingErrorsHaveNoSeriousOrCriticalViolations() throws IOException {
        page.navigate("/join");
        page.locator("main button[type=submit]").click();
        page.waitForSelector("#name-error");
        assertThat(seriousViolations()).as("axe violations on /join with errors").isEmpty();
    }

    @Test
    void adminAndMemberPagesHaveNoSeriousOrCriticalViolations() throws IOException {
        page.navigate("/login");
        page.getByLabel("E-mail address").fill(DEMO_ADMIN);
        page.getByLabel("Password").fill(DEMO_PASSWORD);
        page.locator("main button[type=submit]").click();
        page.waitForURL("**/");
        page.navigate("/members");
        String someMember = page.locator(".member-list h2 a").first().getAttribute("href");
        page.navigate("/library");
        String someResource = page.locator(".resource-card h3 a").first().getAttribute("href");
        page.navigate("/news");
        String someNews = page.locator(".news-card h3 a").first().getAttribute("href");
        String someNewsId = someNews.replaceAll("^/news/(\\d+).*", "$1");
        page.navigate("/projects");
        String someProject = page.locator(".project-card h3 a").first().getAttribute("href");
        String someProjectId = someProject.replaceAll("^/projects/(\\d+).*", "$1");
        page.navigate("/blog");
        String somePost = page.locator(".blog-card h3 a").first().getAttribute("href");
        String somePostId = somePost.replaceAll("^/blog/(\\d+).*", "$1");
        page.navigate("/discussions");
        String someDiscussion = page.locator(".discussion-card h3 a").first().getAttribute("href");
        for (String path : List.of("/account", "/members", someMember, "/admin", "/admin/applications", "/admin/invitations",
                "/admin/members", someMember.replace("/members/", "/admin/members/"), "/admin/composition", "/admin/mail",
                someResource, "/library/new", "/library/manage", "/library/submissions", someResource + "/edit", "/library/submit",
                "/events/new", "/events/submissions", "/events/submit",
                someNews, "/news/new", "/news/submissions", "/news/submit", "/news/" + someNewsId + "/edit", "/admin/indicators", "/admin/indicators/new",
                "/admin/indicators/minimum-wage-setting", "/countries/kh/indicators/c87", "/countries/kh/indicators/trade-union-density",
                "/countries/kh/indicators/minimum-wage-setting", "/countries/kh/indicators/main-labour-law",
                someDiscussion, someDiscussion + "/moderation", someDiscussion + "/synopsis", someDiscussion + "/edit",
                "/discussions/new", someProject, "/projects/new", "/projects/" + someProjectId + "/edit", "/admin/focus", "/admin/focus/new",
                somePost, "/blog/new", "/blog/" + somePostId + "/edit", "/blog/comments", "/admin/blog/authors")) {
            page.navigate(path);
            assertThat(seriousViolations()).as("axe violations on " + path).isEmpty();
        }
    }

    @Test
    void keyboardUsersCanSkipToTheMainContent() {
        page.navigate("/themes");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Skip to main content");
        page.keyboard().press("Enter");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("main");
    }

    @SuppressWarnings("unchecked")
    private List<String> seriousViolations() throws IOException {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource()));
        Object violations = page.evaluate("""
                async () => {
                  const results = await axe.run(document, { resultTypes: ['violations'] });
                  return results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '));
                }
                """);
        return (List<String>) violations;
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AccessibilityTests.class.getResourceAsStream(AXE_SCRIPT)) {
            assertThat(in).as("axe-core WebJar on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}

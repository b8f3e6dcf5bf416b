package org.apirnet.journeys;

import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.RequestOptions;
import org.apirnet.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The frame every page shares: a phone-sized header with a menu that opens without script, descriptions, an icon. */
class LayoutJourneyTests extends BrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private Page phone(boolean javaScript) {
        return newWindow(contextOptions().setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setJavaScriptEnabled(javaScript)
                .setIsMobile(true).setHasTouch(true));
    }

    private static double headerHeight(Page page) {
        BoundingBox box = page.locator("header.site-header").boundingBox();
        return box.height;
    }

    @Test
    void onAPhoneTheHeaderTakesAFifthOfTheScreenAtMostAndItsMenuOpensWithoutScript() {
        Page visitor = phone(false);
        for (String path : List.of("/", "/library", "/themes/wage-policy", "/discussions")) {
            visitor.navigate(path);
            assertThat(headerHeight(visitor)).as("visitor's header on %s", path).isLessThanOrEqualTo(PHONE_HEIGHT / 5.0);
        }
        assertThat(visitor.locator("nav.main-nav")).isHidden();
        assertThat(visitor.locator(".menu-nav a").first()).isHidden();
        visitor.getByText("Menu", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(visitor.locator(".menu-nav a").first()).isVisible();
        visitor.locator(".menu-nav").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Library")).click();
        assertThat(visitor.locator("h1")).containsText("Library");

        Page member = signIn(phone(true), DEMO_MEMBER, DEMO_PASSWORD);
        member.navigate("/news");
        assertThat(headerHeight(member)).as("a member's header").isLessThanOrEqualTo(PHONE_HEIGHT / 5.0);
        assertThat(member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
        assertThat(member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your account"))).isVisible();
    }

    @Test
    void onALaptopTheSectionsAreABarAndTheMenuIsNotThere() {
        page.setViewportSize(1366, 768);
        page.navigate("/");
        assertThat(page.locator("nav.main-nav")).isVisible();
        assertThat(page.locator(".menu-nav")).isHidden();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new GetByRoleOptions().setName("Main"))).hasCount(1);
    }

    @Test
    void everyPageHasADescriptionAndTheSiteAnIcon() {
        for (String path : List.of("/", "/library", "/news", "/events", "/discussions", "/themes/wage-policy", "/countries/vn")) {
            page.navigate(path);
            assertThat(page.locator("meta[name=description]").getAttribute("content")).as(path).hasSizeGreaterThan(50);
        }
        page.navigate("/themes/wage-policy");
        String themeDescription = page.locator("meta[name=description]").getAttribute("content");
        page.navigate("/");
        assertThat(themeDescription).as("a page about one thing describes it").isNotEqualTo(page.locator("meta[name=description]").getAttribute("content"));
        assertThat(page.request().get("/favicon.ico").status()).isEqualTo(200);
        assertThat(page.request().get("/favicon.svg").headers().get("content-type")).startsWith("image/svg+xml");
        page.navigate("/news");
        String newsDescription = page.locator("meta[name=description]").getAttribute("content");
        page.navigate("/countries/vn");
        String countryDescription = page.locator("meta[name=description]").getAttribute("content");
        assertThat(countryDescription).as("a country page names its country").contains("Viet Nam");
        page.navigate("/");
        String siteDescription = page.locator("meta[name=description]").getAttribute("content");
        assertThat(List.of(newsDescription, countryDescription)).as("the news list and a country describe themselves")
                .doesNotContain(siteDescription);
    }

    @Test
    void theStyleSheetAndScriptsAreKeptForAYearUnderNamesThatChangeWithThem() {
        page.navigate("/");
        String css = page.locator("link[rel=stylesheet]").getAttribute("href");
        assertThat(css).matches("/css/portal-[0-9a-f]{32}\\.css");
        for (String script : page.locator("script[src]").all().stream().map(s -> s.getAttribute("src")).toList()) {
            assertThat(script).matches("/js/[a-z-]+-[0-9a-f]{32}\\.js");
        }
        APIResponse sheet = page.request().get(css, RequestOptions.create().setHeader("Accept-Encoding", "gzip"));
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.headers().get("cache-control")).contains("max-age=31536000", "immutable");
        assertThat(sheet.headers().get("content-encoding")).as("sent compressed").isEqualTo("gzip");
        APIResponse robots = page.request().get("/robots.txt");
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.text()).contains("User-agent: *", "Disallow: /admin/");
    }
}

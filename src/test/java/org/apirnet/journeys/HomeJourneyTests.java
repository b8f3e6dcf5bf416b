package org.apirnet.journeys;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.apirnet.support.BrowserTest;
import org.apirnet.support.ControllableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The home page in a laptop's screen, every theme and country close by, and an admin featuring a theme on it. */
class HomeJourneyTests extends BrowserTest {

    private static final int LAPTOP_WIDTH = 1366;
    private static final int LAPTOP_HEIGHT = 768;

    @Autowired
    ControllableClock clock;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private static double bottomOf(Locator element) {
        BoundingBox box = element.boundingBox();
        return box.y + box.height;
    }

    @Test
    void oneLaptopScreenShowsWhatThePortalIsItsFocusTheNewestOfEveryKindAndHowToJoin() {
        page.setViewportSize(LAPTOP_WIDTH, LAPTOP_HEIGHT);
        page.navigate("/");
        for (String part : List.of(".home-intro .lead", ".home-join", ".focus", "section[aria-labelledby=home-news-heading]",
                "section[aria-labelledby=home-events-heading]", "section[aria-labelledby=home-discussions-heading]",
                "section[aria-labelledby=home-library-heading]")) {
            assertThat(page.locator(part)).isVisible();
            assertThat(bottomOf(page.locator(part))).as("%s within the first screen", part).isLessThanOrEqualTo(LAPTOP_HEIGHT);
        }
        // Every theme and every country is one click away (their lists follow below the first screen).
        assertThat(page.locator("section[aria-labelledby=home-themes-heading] a")).hasCount(18);
        assertThat(page.locator("section[aria-labelledby=home-countries-heading] a")).hasCount(35);
        page.locator("section[aria-labelledby=home-countries-heading]").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Tuvalu")).click();
        assertThat(page.locator("h1")).containsText("Tuvalu");
    }

    @Test
    void anAdminFeaturesAThemeAndTheHomePageShowsItInItsPeriod() {
        Page admin = signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
        admin.navigate("/admin");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thematic focus")).click();
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan a focus")).click();
        admin.getByLabel("Theme").selectOption("tripartism");
        admin.getByLabel("Headline").fill("Tripartite councils that decide");
        admin.getByLabel("Introduction (Markdown)").fill("How **national tripartite councils** reach agreements.");
        admin.getByLabel("First day").fill("2034-06-01");
        admin.getByLabel("Last day").fill("2034-05-01");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(admin.locator("#endsOn-error")).containsText("before the first day");
        assertThat(admin.getByLabel("Headline")).hasValue("Tripartite councils that decide");
        admin.getByLabel("Last day").fill("2034-06-30");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Tripartite councils that decide");
        assertThat(admin.locator("tr:has-text('Tripartite councils that decide')")).containsText("Planned");

        clock.advance(Duration.between(clock.instant(),
                LocalDate.of(2034, 6, 10).atTime(9, 0).atZone(ZoneId.of("Asia/Bangkok")).toInstant()));
        Page visitor = newWindow();
        visitor.navigate("/");
        assertThat(visitor.locator(".focus h2")).hasText("Tripartite councils that decide");
        visitor.locator(".focus-label").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tripartism")).click();
        assertThat(visitor.locator("h1")).hasText("Tripartism");
        assertThat(visitor.locator(".focus h3")).hasText("Tripartite councils that decide");
    }

    /** A member's "New for you" takes the join paragraph's place and leaves the newest of every kind on the screen. */
    @Test
    void aMemberSeesWhatIsNewForThemWithinTheSameScreen() {
        page.setViewportSize(LAPTOP_WIDTH, LAPTOP_HEIGHT);
        // As on their first visit, so that everything since they joined is new: the fullest the block gets.
        jdbc.update("update account set last_seen_at = null where email = ?", DEMO_MEMBER);
        Page member = signIn(page, DEMO_MEMBER, DEMO_PASSWORD);
        member.navigate("/");
        assertThat(member.locator(".home-join")).hasCount(0);
        assertThat(member.locator(".since-visit h2")).hasText("New for you");
        assertThat(member.locator(".since-visit-items li")).hasCount(3);
        for (String part : List.of(".since-visit", ".focus", "section[aria-labelledby=home-news-heading]",
                "section[aria-labelledby=home-events-heading]", "section[aria-labelledby=home-discussions-heading]",
                "section[aria-labelledby=home-library-heading]")) {
            assertThat(member.locator(part)).isVisible();
            assertThat(bottomOf(member.locator(part))).as("%s within the first screen", part).isLessThanOrEqualTo(LAPTOP_HEIGHT);
        }
    }
}

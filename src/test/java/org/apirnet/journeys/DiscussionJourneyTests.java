package org.apirnet.journeys;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.apirnet.forum.ForumTestSupport;
import org.apirnet.support.BrowserTest;
import org.apirnet.support.ControllableClock;
import org.apirnet.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A discussion's whole life in a real browser: an editor prepares and schedules it, the clock (moved by the test, no
 * sleeping) opens it, the moderator poses a question, two members reply, the moderator approves one and turns one
 * down, the clock closes it, a late reply comes back with its text, and the moderator publishes the synopsis, which
 * every member receives by mail and a visitor then reads at the top of the page.
 */
class DiscussionJourneyTests extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final String SECOND_MEMBER = "siriporn@demo.apirnet.org";

    @Autowired
    ControllableClock clock;

    @Autowired
    ForumTestSupport forum;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void putTheClockBack() {
        forum.resetClock();
    }

    private static GetByRoleOptions named(String name) {
        return new GetByRoleOptions().setName(name).setExact(true);
    }

    private String inHours(long hours) {
        return LocalDateTime.ofInstant(clock.instant(), BANGKOK).plusHours(hours).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private void passHours(long hours) {
        forum.passHours(hours);
    }

    @Test
    void aDiscussionFromItsDraftToItsPublishedSynopsis() throws Exception {
        signIn(page, DEMO_EDITOR, DEMO_PASSWORD);
        page.navigate("/discussions");
        page.getByRole(AriaRole.LINK, named("Prepare a discussion")).first().click();
        page.getByLabel("Title", EXACT).fill("Journey: grievance handling in export zones");
        page.getByLabel("Summary (shown in lists)", EXACT).fill("How grievances are settled in export processing zones.");
        page.getByLabel("Background", EXACT).fill("Export zones employ many young workers. *How* are grievances handled?");
        page.getByLabel("Demo Moderator", EXACT).check();
        // A mistake first: closing before opening is refused on the same form, everything kept.
        page.getByLabel("Opens", EXACT).fill(inHours(2));
        page.getByLabel("Closes", EXACT).fill(inHours(1));
        page.getByLabel("Dispute Prevention and Resolution", EXACT).check();
        page.getByLabel("Sri Lanka", EXACT).check();
        page.getByRole(AriaRole.BUTTON, named("Save the draft")).click();
        assertThat(page.locator("#closesAt-error")).containsText("after the opening");
        assertThat(page.getByLabel("Title", EXACT)).hasValue("Journey: grievance handling in export zones");
        page.getByLabel("Closes", EXACT).fill(inHours(48));
        page.getByRole(AriaRole.BUTTON, named("Save the draft")).click();
        assertThat(page.locator("h1")).hasText("Journey: grievance handling in export zones");
        assertThat(page.locator(".stage-banner strong")).hasText("Draft");
        String path = page.url().replaceAll("^https?://[^/]+", "");
        page.getByRole(AriaRole.BUTTON, named("Schedule it")).click();
        assertThat(page.locator(".stage-banner strong")).hasText("Scheduled");

        Page moderator = newWindow();
        signIn(moderator, DEMO_MODERATOR, DEMO_PASSWORD);
        passHours(3);
        moderator.navigate(path);
        assertThat(moderator.locator(".stage-banner strong")).hasText("Open");
        moderator.getByLabel("Question", EXACT).fill("Which grievance procedures work in the zones?");
        moderator.getByLabel("Details for the participants", EXACT).fill("Examples from factories are welcome.");
        moderator.getByRole(AriaRole.BUTTON, named("Post the question")).click();
        assertThat(moderator.locator(".question h3")).hasText("Question 1: Which grievance procedures work in the zones?");

        Page member = newWindow();
        signIn(member, DEMO_MEMBER, DEMO_PASSWORD);
        member.navigate(path);
        member.getByLabel("Your reply to question 1", EXACT).fill("Bipartite **committees** elected by the workers.");
        member.getByRole(AriaRole.BUTTON, named("Send my reply")).click();
        assertThat(member.locator("[role=status]")).containsText("appears once a moderator approves it");
        Page second = newWindow();
        signIn(second, SECOND_MEMBER, DEMO_PASSWORD);
        second.navigate(path);
        second.getByLabel("Your reply to question 1", EXACT).fill("Buy cheap followers at example.com");
        second.getByRole(AriaRole.BUTTON, named("Send my reply")).click();

        moderator.navigate(path + "/moderation");
        assertThat(moderator.locator("article.reply")).hasCount(2);
        moderator.locator("article.reply", new Page.LocatorOptions().setHasText("committees"))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Approve")).click();
        assertThat(moderator.locator("[role=status]")).containsText("Reply approved");
        moderator.getByLabel("Reason, shown to the author and sent by mail", EXACT).fill("Advertising is not a reply.");
        moderator.getByRole(AriaRole.BUTTON, named("Do not publish")).click();
        assertThat(moderator.locator("article.reply")).hasCount(0);

        Page visitor = newWindow();
        visitor.navigate(path);
        assertThat(visitor.locator(".reply .prose-html strong")).hasText("committees");
        assertThat(visitor.locator(".reply")).hasCount(1);
        assertThat(visitor.locator("section:has(#heard-heading)")).containsText("Government: 1");
        second.navigate(path);
        assertThat(second.locator(".reply .notice").last()).containsText("Advertising is not a reply.");

        // Closing: a reply typed just before comes back with its text.
        member.navigate(path);
        member.getByLabel("Your reply to question 1", EXACT).fill("A late thought about labour courts.");
        passHours(48);
        member.getByRole(AriaRole.BUTTON, named("Send my reply")).click();
        assertThat(member.locator("[role=alert]").first()).containsText("has closed");
        assertThat(member.getByLabel("Your text, kept here for you to copy", EXACT)).hasValue("A late thought about labour courts.");

        TestMail.reset();
        moderator.navigate(path);
        moderator.getByRole(AriaRole.LINK, named("Write the synopsis")).click();
        assertThat(moderator.locator("textarea[readonly]").first()).containsText("#reply-");
        moderator.getByLabel("Key points", EXACT).fill("- Elected bipartite committees settle most grievances.");
        moderator.getByLabel("Conclusions", EXACT).fill("Committees need training and protection of their members.");
        moderator.getByLabel("Next steps", EXACT).fill("- A guide for committees in export zones.");
        moderator.getByRole(AriaRole.BUTTON, named("Save the draft")).click();
        assertThat(moderator.locator("[role=status]")).containsText("Draft of the synopsis saved");
        moderator.getByRole(AriaRole.BUTTON, named("Publish and mail every member")).click();
        assertThat(moderator.locator(".stage-banner strong")).hasText("Synopsis published");

        visitor.navigate(path);
        assertThat(visitor.locator("#synopsis-heading")).isVisible();
        assertThat(visitor.locator(".synopsis")).containsText("Elected bipartite committees");
        assertThat(visitor.locator(".citation")).containsText("Journey: grievance handling in export zones. Synopsis");
        for (String address : new String[] {DEMO_MEMBER, SECOND_MEMBER, DEMO_MODERATOR, DEMO_EDITOR}) {
            assertThat(TestMail.awaitMessagesTo(address, 1, Duration.ofSeconds(20))).as(address).isNotEmpty();
        }
        // The mailing goes on in the background after those four; other tests read the mail log, so it ends here.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.queryForObject("select count(*) from mail_broadcast where finished_at is null", Long.class) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(jdbc.queryForObject("select count(*) from mail_broadcast where finished_at is null", Long.class))
                .as("the mailing to every member finished").isZero();
        visitor.navigate("/discussions?country=lk");
        assertThat(visitor.locator(".browse-results h3")).containsText(new String[] {"Journey: grievance handling in export zones"});
    }
}

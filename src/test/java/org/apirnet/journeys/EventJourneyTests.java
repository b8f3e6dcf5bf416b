package org.apirnet.journeys;

import java.io.StringReader;
import java.time.LocalDate;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.apirnet.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The events journey in a real browser: an editor publishes an event and it reaches the filtered calendar feed. */
class EventJourneyTests extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private static GetByRoleOptions named(String name) {
        return new GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void anEditorPublishesAnEventThatAppearsInTheFilteredCalendarFeed() throws Exception {
        signIn(page, DEMO_EDITOR, DEMO_PASSWORD);
        page.navigate("/events");
        page.getByRole(AriaRole.LINK, named("Add an event")).click();
        String day = LocalDate.now().plusDays(15).toString();
        page.getByLabel("Title", EXACT).fill("Journey workshop on wage councils");
        page.getByLabel("Summary", EXACT).fill("Wage councils compared.");
        page.getByLabel("Type", EXACT).selectOption("workshop");
        page.getByLabel("Starts (local time at the event)", EXACT).fill(day + "T17:00");
        // A mistake first: the end before the start is refused on the same form, everything kept.
        page.getByLabel("Ends (local time at the event)", EXACT).fill(day + "T08:00");
        page.getByLabel("Time zone (IANA name)", EXACT).fill("Asia/Ho_Chi_Minh");
        page.getByLabel("Wage Policy", EXACT).check();
        page.getByLabel("Viet Nam", EXACT).check();
        page.getByRole(AriaRole.BUTTON, named("Publish")).click();
        assertThat(page.locator("#endsAt-error")).containsText("cannot be before");
        assertThat(page.getByLabel("Title", EXACT)).hasValue("Journey workshop on wage councils");
        page.getByLabel("Ends (local time at the event)", EXACT).fill(day + "T19:00");
        page.getByRole(AriaRole.BUTTON, named("Publish")).click();
        assertThat(page.locator("h1")).hasText("Journey workshop on wage councils");
        assertThat(page.locator("main time").first()).containsText("17:00\u201319:00");
        String id = page.url().replaceAll(".*/events/", "");

        Page visitor = newWindow();
        visitor.navigate("/events?theme=wage-policy&country=vn");
        String feedLink = visitor.getByRole(AriaRole.LINK, named("Subscribe to these events (iCalendar)")).getAttribute("href");
        assertThat(feedLink).isEqualTo("/events.ics?theme=wage-policy&country=vn");
        APIResponse feed = visitor.request().get(feedLink);
        assertThat(feed.status()).isEqualTo(200);
        ICalendar calendar = Biweekly.parse(new StringReader(feed.text())).first();
        assertThat(calendar.getEvents()).anySatisfy(event -> {
            assertThat(event.getUid().getValue()).isEqualTo("event-" + id + "@apirnet.org");
            assertThat(event.getSummary().getValue()).isEqualTo("Journey workshop on wage councils");
        });
        visitor.context().close();
    }
}

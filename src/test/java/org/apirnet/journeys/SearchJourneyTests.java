package org.apirnet.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apirnet.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Search in a real browser: suggestions while typing, facets and corrections as links, and all of it without JavaScript. */
class SearchJourneyTests extends BrowserTest {

    @Test
    void titlesAreSuggestedWhileTypingAndTheKeyboardChoosesOne() {
        page.navigate("/");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Search the portal")).pressSequentially("minimum wage fix");
        var option = page.locator("#site-search-q-suggestions [role=option]").first();
        assertThat(option).containsText("Minimum wage fixing");
        page.locator("#site-search-q").press("ArrowDown");
        assertThat(page.locator("#site-search-q")).hasAttribute("aria-activedescendant", "site-search-q-suggestions-0");
        page.locator("#site-search-q").press("Enter");
        assertThat(page.locator("h1")).containsText("Minimum wage fixing");
    }

    @Test
    void searchFacetsAndCorrectionsWorkWithoutJavaScript() {
        Page plain = newWindow(contextOptions().setJavaScriptEnabled(false));
        try {
            plain.navigate("/");
            plain.locator("#site-search-q").fill("minimun wage");
            plain.locator("#site-search-q").press("Enter");
            assertThat(plain.locator("p[role=status]").first()).containsText("one letter away");
            assertThat(plain.locator("ol.results > li").first()).containsText("inimum wage"); // a resource or a project
            assertThat(plain.locator(".did-you-mean a")).hasText("minimum wage");
            plain.locator(".did-you-mean a").click();
            assertThat(plain.locator("p.result-count")).containsText("for “minimum wage”");
            plain.locator(".facets a").first().click();
            assertThat(plain.locator(".active-filters a")).hasCount(1);
            assertThat(plain.locator("#search-page-q")).hasValue("minimum wage");
        } finally {
            plain.context().close();
        }
    }
}

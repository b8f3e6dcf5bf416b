package org.apirnet.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.apirnet.support.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A newcomer's first visit: find a theme from the home page, sign in as a member, sign out. */
class FirstVisitJourneyTests extends BrowserTest {

    private boolean javaScriptEnabled = true;

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setJavaScriptEnabled(javaScriptEnabled);
    }

    @ParameterizedTest(name = "JavaScript enabled: {0}")
    @ValueSource(booleans = {true, false})
    void findAThemeThenSignInAndOut(boolean withJavaScript) {
        if (!withJavaScript) {
            context.close();
            javaScriptEnabled = false;
            openPage();
        }

        page.navigate("/");
        assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1)))
                .hasText("Industrial relations and labour law in Asia and the Pacific");

        // One click from the home page to a theme.
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Collective Bargaining").setExact(true)).click();
        assertThat(page).hasURL("http://localhost:" + port + "/themes/collective-bargaining");
        assertThat(page.locator("h1")).hasText("Collective Bargaining");

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Sign in")).click();
        page.getByLabel("E-mail address").fill(DEMO_MEMBER);
        page.getByLabel("Password").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator(".account")).containsText("Signed in as Demo Member");

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have signed out.");
        assertThat(page.locator(".account").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sign in"))).isVisible();
    }
}

package org.apirnet.support;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Whole journeys in a real headless Chromium: Debian's {@code /usr/bin/chromium} (or {@code CHROMIUM_PATH}),
 * driven by Playwright, never a downloaded browser. The portal runs on a random port with the shared test context.
 */
public abstract class BrowserTest extends PortalIntegrationTest {

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(java.nio.file.Path.of(chromium))
                .setHeadless(true)
                // Root in a container needs --no-sandbox; the rest keep Chromium off the (closed) network.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    protected void openPage() {
        context = browser.newContext(contextOptions());
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    /** Signs in through the real form, as a person would, and checks the header greets them. */
    protected Page signIn(Page in, String email, String password) {
        in.navigate("/login");
        in.getByLabel("E-mail address", new Page.GetByLabelOptions().setExact(true)).fill(email);
        in.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        in.locator("main button[type=submit]").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(in.locator(".account")).containsText("Signed in as");
        return in;
    }

    /** A second, separate browser window (its own cookies), for journeys with two people. */
    protected Page newWindow() {
        return newWindow(contextOptions());
    }

    /** A second window opened with other options (JavaScript off, say); closed with its page's context. */
    protected Page newWindow(Browser.NewContextOptions options) {
        BrowserContext other = browser.newContext(options);
        Page window = other.newPage();
        window.setDefaultTimeout(15_000);
        return window;
    }

    /** Subclasses may change how their pages are opened (for example with JavaScript off). */
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setBaseURL("http://localhost:" + port);
    }
}

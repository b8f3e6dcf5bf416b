package org.apirnet.journeys;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.apirnet.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The news journey in a real browser: a member submits news of their organization with a photo, an editor approves
 * it, and a visitor finds it on the home page, on its theme and country pages and by searching.
 */
class NewsJourneyTests extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    private static final String TITLE = "Honiara port workers and employers set up a safety committee";

    @TempDir
    Path temp;

    private static GetByRoleOptions named(String name) {
        return new GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void aMemberSubmitsNewsAnEditorApprovesItAndVisitorsFindItEverywhere() throws Exception {
        Path photo = temp.resolve("committee.png");
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 110, 90));
        g.fillRect(0, 0, 1600, 450);
        g.dispose();
        ImageIO.write(image, "png", photo.toFile());

        signIn(page, DEMO_MEMBER, DEMO_PASSWORD);
        page.navigate("/news");
        page.getByRole(AriaRole.LINK, named("Submit news of your organization")).click();
        page.getByLabel("Title", EXACT).fill(TITLE);
        page.getByLabel("Kind of news", EXACT).selectOption("country-news");
        page.getByLabel("Summary", EXACT).fill("A joint committee will inspect cranes and loading bays every month.");
        page.getByLabel("Text", EXACT).fill("The committee has **six** members.");
        page.getByLabel("Image file", EXACT).setInputFiles(photo);
        page.getByLabel("Labour Migration", EXACT).check();
        page.getByLabel("Solomon Islands", EXACT).check();
        // A mistake first: an image without its description is refused on the same form, the typing kept.
        page.getByRole(AriaRole.BUTTON, named("Submit for review")).click();
        assertThat(page.locator("#imageAlt-error")).containsText("describe the image");
        assertThat(page.getByLabel("Title", EXACT)).hasValue(TITLE);
        page.getByLabel("Image description (required with an image)", EXACT).fill("Dock workers in hard hats beside a crane");
        page.getByLabel("Image file", EXACT).setInputFiles(photo);
        page.getByRole(AriaRole.BUTTON, named("Submit for review")).click();
        assertThat(page.locator("h1")).hasText(TITLE);
        assertThat(page.locator("main")).containsText("waits for an editor's approval");

        Page editor = newWindow();
        signIn(editor, DEMO_EDITOR, DEMO_PASSWORD);
        editor.navigate("/news/submissions");
        Locator submission = editor.locator("li").filter(new Locator.FilterOptions().setHasText(TITLE));
        submission.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve and publish")).click();
        assertThat(editor.locator("main")).containsText("The news item is published");
        editor.context().close();

        Page visitor = newWindow();
        for (String path : new String[] {"/", "/themes/labour-migration", "/countries/sb", "/search?q=Honiara"}) {
            visitor.navigate(path);
            assertThat(visitor.getByRole(AriaRole.LINK, named(TITLE)).first()).isVisible();
        }
        visitor.navigate("/");
        visitor.getByRole(AriaRole.LINK, named(TITLE)).first().click();
        assertThat(visitor.locator("h1")).hasText(TITLE);
        assertThat(visitor.getByAltText("Dock workers in hard hats beside a crane")).isVisible();
        assertThat(visitor.locator(".prose-html strong")).hasText("six");
        visitor.context().close();
    }
}

package org.apirnet.journeys;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.apirnet.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The library's journeys in a real browser: publishing with a PDF, a member's submission approved, the members-only fence. */
class LibraryJourneyTests extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @TempDir
    Path temp;

    private static GetByRoleOptions named(String name) {
        return new GetByRoleOptions().setName(name).setExact(true);
    }

    private Page signIn(Page in, String email) {
        return signIn(in, email, DEMO_PASSWORD);
    }

    private void fillResource(Page form, String title) {
        form.getByLabel("Title", EXACT).fill(title);
        form.getByLabel("Summary", EXACT).fill("What " + title + " is about.");
        form.getByLabel("Type", EXACT).selectOption("research");
        form.getByLabel("Labour Migration", EXACT).check();
        form.getByLabel("Nepal", EXACT).check();
    }

    @Test
    void anEditorPublishesAResourceWithAPdf() throws Exception {
        Path pdf = temp.resolve("migration-study.pdf");
        Files.write(pdf, org.apirnet.library.LibraryTestFiles.pdf("Recruitment fees and migrant workers"));
        signIn(page, DEMO_EDITOR);
        page.navigate("/library");
        page.getByRole(AriaRole.LINK, named("Add a resource")).click();
        fillResource(page, "Recruitment fees study");
        page.getByRole(AriaRole.BUTTON, named("Publish")).click();
        // No file and no link: the form says so and keeps what was typed.
        assertThat(page.locator("#files-error")).containsText("at least one file");
        assertThat(page.getByLabel("Title", EXACT)).hasValue("Recruitment fees study");
        page.getByLabel("Files", EXACT).setInputFiles(pdf);
        page.getByRole(AriaRole.BUTTON, named("Publish")).click();

        assertThat(page.locator("h1")).hasText("Recruitment fees study");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("published");
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("migration-study.pdf")).click(
                new com.microsoft.playwright.Locator.ClickOptions().setModifiers(java.util.List.of(com.microsoft.playwright.options.KeyboardModifier.ALT))));
        assertThat(download.suggestedFilename()).isEqualTo("migration-study.pdf");

        Page visitor = newWindow();
        visitor.navigate("/themes/labour-migration");
        visitor.getByRole(AriaRole.LINK, named("Recruitment fees study")).click();
        assertThat(visitor.locator("h1")).hasText("Recruitment fees study");
        visitor.context().close();
    }

    @Test
    void aMemberSubmitsAResourceAndAnEditorApprovesIt() {
        signIn(page, DEMO_MEMBER);
        page.navigate("/library");
        page.getByRole(AriaRole.LINK, named("Submit a resource")).click();
        fillResource(page, "Our union's migration helpdesk report");
        page.getByLabel("Link to an external page", EXACT).fill("https://example.org/helpdesk");
        page.getByRole(AriaRole.BUTTON, named("Submit for review")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("waiting for an editor");
        assertThat(page.locator("section:has(#submissions-heading)")).containsText("Waiting for an editor");

        Page editor = signIn(newWindow(), DEMO_EDITOR);
        editor.navigate("/library/submissions");
        var submission = editor.locator("ol.applications > li", new Page.LocatorOptions().setHasText("Our union's migration helpdesk report"));
        submission.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Approve and publish")).click();
        assertThat(editor.getByRole(AriaRole.STATUS)).containsText("published");
        assertThat(editor.locator("h1")).hasText("Submissions to review"); // back at the queue, for the next one
        editor.context().close();

        page.reload();
        assertThat(page.locator("section:has(#submissions-heading)")).containsText("Published");
    }

    @Test
    void aVisitorCannotOpenAMembersOnlyFileByItsAddress() throws Exception {
        Path pdf = temp.resolve("internal.pdf");
        Files.write(pdf, org.apirnet.library.LibraryTestFiles.pdf("Internal note"));
        signIn(page, DEMO_EDITOR);
        page.navigate("/library/new");
        fillResource(page, "Members-only internal note");
        page.getByLabel("Signed-in members only", EXACT).check();
        page.getByLabel("Files", EXACT).setInputFiles(pdf);
        page.getByRole(AriaRole.BUTTON, named("Publish")).click();
        String fileAddress = page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("internal.pdf")).getAttribute("href");
        String pageAddress = page.url();

        Page visitor = newWindow();
        var response = visitor.navigate(fileAddress);
        assertThat(visitor.locator("h1")).hasText("Sign in");
        assertThat(response.url()).endsWith("/login");
        visitor.navigate(pageAddress);
        assertThat(visitor.locator("h1")).hasText("Sign in");
        visitor.navigate("/library");
        assertThat(visitor.locator("main")).not().containsText("Members-only internal note");
        visitor.context().close();
    }
}

package org.apirnet.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.apirnet.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The blog journey in a real browser: an admin allows a member to write, the member publishes a post that shows on
 * its theme page, another member comments, a moderator approves the comment, and a visitor reads it under the post.
 */
class BlogJourneyTests extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    private static final String TITLE = "What the Mongolian tripartite wage talks taught us about timing";
    private static final String COMMENT = "The same happened with our herders' cooperative agreement.";
    private static final String WRITER = "ayesha@demo.apirnet.org";

    private static GetByRoleOptions named(String name) {
        return new GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void anAllowedMemberWritesAMemberCommentsAModeratorApprovesAndEveryoneReadsIt() {
        Page admin = newWindow();
        signIn(admin, DEMO_ADMIN, DEMO_PASSWORD);
        admin.navigate("/admin/blog/authors");
        admin.getByLabel("E-mail address of the member", EXACT).fill(WRITER);
        admin.getByRole(AriaRole.BUTTON, named("Allow to write")).click();
        assertThat(admin.locator("main")).containsText("The member may now write posts.");
        admin.context().close();

        signIn(page, WRITER, DEMO_PASSWORD);
        page.navigate("/blog");
        page.getByRole(AriaRole.LINK, named("Write a post")).click();
        page.getByLabel("Title", EXACT).fill(TITLE);
        page.getByLabel("Kind of post", EXACT).selectOption("reflection");
        page.getByLabel("Summary", EXACT).fill("Talks that started before the budget cycle reached agreement; later ones did not.");
        page.getByLabel("Text", EXACT).fill("Timing mattered **more** than the figures.");
        page.getByLabel("Collective Bargaining", EXACT).check();
        page.getByLabel("Mongolia", EXACT).check();
        page.getByRole(AriaRole.BUTTON, named("Publish")).click();
        assertThat(page.locator("h1")).hasText(TITLE);
        assertThat(page.locator(".prose-html strong").first()).hasText("more");

        Page member = newWindow();
        signIn(member, DEMO_MEMBER, DEMO_PASSWORD);
        member.navigate("/themes/collective-bargaining");
        member.getByRole(AriaRole.LINK, named(TITLE)).first().click();
        assertThat(member.locator("h1")).hasText(TITLE);
        member.getByLabel("Your comment", EXACT).fill(COMMENT);
        member.getByRole(AriaRole.BUTTON, named("Send the comment")).click();
        assertThat(member.locator("main")).containsText("published once a moderator has read it");
        assertThat(member.locator("#comments")).not().containsText(COMMENT);
        member.context().close();

        Page moderator = newWindow();
        signIn(moderator, DEMO_MODERATOR, DEMO_PASSWORD);
        moderator.navigate("/review");
        moderator.locator("a[href^='/blog/comments#comment-']").first().click();
        Locator waiting = moderator.locator("article.blog-comment").filter(new Locator.FilterOptions().setHasText(COMMENT));
        waiting.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve and publish")).click();
        assertThat(moderator.locator("main")).containsText("The comment is published.");
        moderator.context().close();

        Page visitor = newWindow();
        visitor.navigate("/blog");
        visitor.getByRole(AriaRole.LINK, named(TITLE)).first().click();
        assertThat(visitor.locator("#comments")).containsText(COMMENT);
        visitor.context().close();
    }
}

package org.apirnet.journeys;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.apirnet.support.BrowserTest;
import org.apirnet.support.TestMail;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The membership journeys of the identity module, each in a real browser against the real database and real SMTP. */
class MembershipJourneyTests extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+?(/[^\\s\"<>]*token=[A-Za-z0-9_-]+)");
    private static final String PASSWORD = "lantern orchard tide 2026"; // "correct horse battery staple" is on the common list
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@journey.apirnet.org";
    }

    private static String linkPath(MimeMessage message) throws Exception {
        Matcher matcher = LINK.matcher(TestMail.textOf(message));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static GetByRoleOptions named(String name) {
        return new GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void applyConfirmGetApprovedAndUseTheDirectory() throws Exception {
        String email = unique("applicant");
        page.navigate("/");
        page.getByRole(AriaRole.LINK, named("Join")).click();
        page.getByLabel("Full name", EXACT).fill("Journey Applicant");
        page.getByLabel("E-mail address", EXACT).fill(email);
        page.getByLabel("Password", EXACT).fill("too short");
        page.getByLabel("Organization", EXACT).fill("Journey Union");
        page.getByLabel("Country", EXACT).selectOption("KH");
        page.getByLabel("Constituency group", EXACT).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Workers' organization"));
        page.getByLabel("Collective Bargaining", EXACT).check();
        page.getByLabel("Why would you like to join?", EXACT).fill("To compare bargaining practice.");
        page.getByRole(AriaRole.BUTTON, named("Send my application")).click();

        // Too short a password: the form comes back with a message, and everything else still filled in.
        assertThat(page.locator("#password-error")).containsText("at least 12");
        assertThat(page.getByLabel("Organization", EXACT)).hasValue("Journey Union");
        assertThat(page.getByLabel("Collective Bargaining", EXACT)).isChecked();
        page.getByLabel("Password", EXACT).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Send my application")).click();
        assertThat(page.locator("h1")).hasText("Check your mail");

        MimeMessage confirmation = TestMail.awaitMessagesTo(email, 1, Duration.ofSeconds(10)).getLast();
        page.navigate(linkPath(confirmation));
        page.getByLabel("The password you chose when applying", EXACT).fill("not what I chose");
        page.getByRole(AriaRole.BUTTON, named("Confirm my address")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("not the password chosen");
        page.getByLabel("The password you chose when applying", EXACT).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Confirm my address")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("your address is confirmed");

        Page admin = signIn(newWindow(), DEMO_ADMIN, DEMO_PASSWORD);
        admin.getByRole(AriaRole.LINK, named("Administration")).click();
        admin.getByRole(AriaRole.LINK, named("Membership applications")).click();
        var application = admin.locator("ol.applications > li", new Page.LocatorOptions().setHasText(email));
        assertThat(application).containsText("To compare bargaining practice.");
        application.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Approve").setExact(true)).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Journey Applicant is now a member");
        admin.context().close();

        assertThat(TestMail.awaitMessagesTo(email, 2, Duration.ofSeconds(10)).getLast().getSubject()).contains("Welcome");
        page.navigate("/login");
        signIn(page, email, PASSWORD);
        page.getByRole(AriaRole.LINK, named("Members")).first().click();
        page.getByLabel("Country", EXACT).selectOption("FJ");
        page.getByRole(AriaRole.BUTTON, named("Find")).click();
        page.getByRole(AriaRole.LINK, named("Mele T.")).click();
        assertThat(page.locator("h1")).hasText("Mele T.");
    }

    @Test
    void anInvitedEditorJoinsAndTheAdminManagesRolesAndSuspension() throws Exception {
        String email = unique("invitee");
        Page admin = signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
        admin.navigate("/admin/invitations");
        admin.getByLabel("E-mail addresses", EXACT).fill(email + ", not-an-address");
        admin.getByLabel("Constituency group", EXACT).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Government"));
        admin.getByLabel("Role", EXACT).selectOption("EDITOR");
        admin.getByRole(AriaRole.BUTTON, named("Send invitations")).click();
        assertThat(admin.locator("main")).containsText("Not e-mail addresses, skipped: not-an-address");

        Page invitee = newWindow();
        invitee.navigate(linkPath(TestMail.awaitMessagesTo(email, 1, Duration.ofSeconds(10)).getLast()));
        invitee.getByLabel("Full name", EXACT).fill("Ivy Invited");
        invitee.getByLabel("Password", EXACT).fill(PASSWORD);
        invitee.getByLabel("Organization", EXACT).fill("Ministry of Labour");
        invitee.getByLabel("Country", EXACT).selectOption("LK");
        invitee.getByRole(AriaRole.BUTTON, named("Join AP-IRNet")).click();
        assertThat(invitee.getByRole(AriaRole.STATUS)).containsText("Welcome to AP-IRNet");
        assertThat(invitee.locator("header")).containsText("Ivy Invited"); // signed in by accepting
        invitee.navigate("/members");
        assertThat(invitee.locator("h1")).hasText("Members");

        admin.navigate("/admin/members?q=" + email);
        admin.getByRole(AriaRole.LINK, named("Ivy Invited")).click();
        assertThat(admin.locator(".role-list")).containsText("Editor: yes");
        admin.getByLabel("Reason, kept in the account's history", EXACT).fill("Testing suspension");
        admin.getByRole(AriaRole.BUTTON, named("Suspend now")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).containsText("suspended");

        // The suspended member's open session ends at once.
        invitee.navigate("/members");
        assertThat(invitee.locator("h1")).hasText("Sign in");
        assertThat(invitee.locator("main")).containsText("Your session was ended");
        invitee.context().close();
    }

    @Test
    void aMemberResetsAForgottenPasswordAndEditsTheProfile() throws Exception {
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, named("Forgot your password?")).click();
        page.getByLabel("E-mail address", EXACT).fill("kim@demo.apirnet.org");
        page.getByRole(AriaRole.BUTTON, named("Send me a link")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("If an account exists for that address");

        page.navigate(linkPath(TestMail.awaitMessagesTo("kim@demo.apirnet.org", 1, Duration.ofSeconds(10)).getLast()));
        page.getByLabel("Password", EXACT).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Save my new password")).click();
        signIn(page, "kim@demo.apirnet.org", PASSWORD);

        page.getByRole(AriaRole.LINK, named("Your account")).click();
        page.getByLabel("About you", EXACT).fill("Researcher on wage policy.");
        page.getByLabel("Wage Policy", EXACT).check();
        page.getByLabel("Everyone, including visitors who are not signed in", EXACT).check();
        page.getByRole(AriaRole.BUTTON, named("Save profile")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your profile is saved");
        page.getByRole(AriaRole.LINK, named("See your profile as others see it")).click();
        assertThat(page.locator("main")).containsText("Researcher on wage policy.");
        assertThat(page.locator("main")).containsText("Wage Policy");
    }

    @Test
    void anAdminReadsTheCompositionAndDownloadsIt() {
        signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
        page.navigate("/admin");
        page.getByRole(AriaRole.LINK, named("Membership composition")).click();
        assertThat(page.locator("svg.chart")).isVisible();
        assertThat(page.locator("table").first()).containsText("Government");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, named("Download these figures as CSV")).click());
        assertThat(download.suggestedFilename()).isEqualTo("apirnet-membership.csv");
    }
}

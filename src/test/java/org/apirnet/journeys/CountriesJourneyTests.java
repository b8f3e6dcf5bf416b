package org.apirnet.journeys;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apirnet.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Country profiles and comparisons in a real browser, without any script of ours: plain links and forms. */
class CountriesJourneyTests extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private static GetByRoleOptions named(String name) {
        return new GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void aVisitorComparesThreeCountriesSortsAColumnAndDownloadsTheCsv() throws Exception {
        page.navigate("/countries/vn");
        page.getByRole(AriaRole.LINK, named("Compare with other countries")).click();
        assertThat(page.getByLabel("Viet Nam", EXACT)).isChecked();
        page.getByLabel("Cambodia", EXACT).check();
        page.getByLabel("Thailand", EXACT).check();
        page.getByLabel("All of Industrial relations", EXACT).check();
        page.getByRole(AriaRole.BUTTON, named("Compare")).click();

        var rows = page.locator("table.comparison tbody th");
        assertThat(rows).hasText(new String[] {"Cambodia", "Thailand", "Viet Nam"});
        page.getByRole(AriaRole.LINK, named("Trade union density")).click();
        assertThat(rows).hasText(new String[] {"Thailand", "Cambodia", "Viet Nam"});
        page.getByRole(AriaRole.LINK, named("Trade union density")).click();
        assertThat(rows).hasText(new String[] {"Viet Nam", "Cambodia", "Thailand"});
        String link = page.url();
        assertThat(link).contains("sort=trade-union-density", "dir=desc");

        // The link holds the comparison: opened afresh it shows the same table.
        Page again = newWindow();
        again.navigate(link);
        assertThat(again.locator("table.comparison tbody th")).hasText(new String[] {"Viet Nam", "Cambodia", "Thailand"});
        again.context().close();

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, named("Download as CSV")).click());
        assertThat(download.suggestedFilename()).isEqualTo("apirnet-country-comparison.csv");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().get().parse(new StringReader(csv)).getRecords();
        assertThat(records.stream().skip(1).map(r -> r.get(0)).toList()).containsExactly("Viet Nam", "Cambodia", "Thailand");
        assertThat(records.getFirst().toList()).contains("Trade union density", "Trade union density - source");
        assertThat(records.get(1).get(2)).isEqualTo("12.5%");
    }

    @Test
    void anAdminAddsAnIndicatorAndAnEditorFillsItForTwoCountries() {
        Page admin = signIn(newWindow(), DEMO_ADMIN, DEMO_PASSWORD);
        admin.navigate("/admin");
        admin.getByRole(AriaRole.LINK, named("Country indicators")).click();
        admin.getByRole(AriaRole.LINK, named("Add an indicator")).click();
        admin.getByLabel("Name", EXACT).fill("Statutory annual leave");
        admin.getByLabel("Group", EXACT).selectOption("industrial-relations");
        admin.getByLabel("Type", EXACT).selectOption("NUMBER");
        admin.getByLabel("Unit, for numbers (optional), e.g. %", EXACT).fill("days");
        admin.getByRole(AriaRole.BUTTON, named("Add an indicator")).click();
        assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Added: Statutory annual leave");
        admin.context().close();

        signIn(page, DEMO_EDITOR, DEMO_PASSWORD);
        for (String[] country : List.of(new String[] {"np", "Nepal", "18"}, new String[] {"lk", "Sri Lanka", "14"})) {
            page.navigate("/countries/" + country[0]);
            page.getByRole(AriaRole.LINK, named("Edit Statutory annual leave")).click();
            page.getByLabel("Value (days)", EXACT).fill("eighteen");
            page.getByLabel("Source (link)", EXACT).fill("https://natlex.ilo.org/");
            page.getByLabel("Reference year", EXACT).fill("2024");
            page.getByRole(AriaRole.BUTTON, named("Save the value")).click();
            assertThat(page.locator("#value-error")).containsText("a number");
            assertThat(page.getByLabel("Source (link)", EXACT)).hasValue("https://natlex.ilo.org/");
            page.getByLabel("Value (days)", EXACT).fill(country[2]);
            page.getByRole(AriaRole.BUTTON, named("Save the value")).click();
            assertThat(page.locator("h1")).hasText(country[1]);
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved: Statutory annual leave");
            assertThat(page.locator(".profile tr", new Page.LocatorOptions().setHasText("Statutory annual leave")))
                    .containsText(country[2] + " days");
        }

        Page visitor = newWindow();
        visitor.navigate("/countries/compare?country=np&country=lk&indicator=statutory-annual-leave");
        assertThat(visitor.locator("table.comparison tbody td")).hasText(new String[] {"18 days source, 2024", "14 days source, 2024"});
        visitor.context().close();
    }
}

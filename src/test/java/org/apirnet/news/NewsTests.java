package org.apirnet.news;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import jakarta.mail.internet.MimeMessage;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.StoredFiles;
import org.apirnet.support.TestMail;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * News against the real portal: editors publishing, members submitting, the review and its mail, slugs, facets,
 * images and every kind of bad input, and who may do what. Each test tags its items with a country no other test
 * class uses (the database is shared by the whole run).
 */
class NewsTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    /**
     * A complete, valid news form (wage policy, Maldives), each parameter set once; {@code overrides} are name, value
     * pairs that replace a default (themes and countries may list several, comma-separated).
     */
    static MockMultipartHttpServletRequestBuilder news(String path, String title, MockMultipartFile image, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("summary", "Summary of " + title);
        fields.put("body", "**Agreed** on Monday <script>x</script>");
        fields.put("kind", "country-news");
        fields.put("themes", "13");
        fields.put("countries", "mv");
        fields.put("language", "en");
        fields.put("visibility", "PUBLIC");
        fields.put("imageAlt", image == null ? "" : "Delegates around a table");
        fields.put("action", "publish");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        if (image != null) {
            request.file(image);
        }
        fields.forEach((name, value) -> {
            if (name.equals("themes") || name.equals("countries")) {
                request.param(name, value.isEmpty() ? new String[0] : value.split(","));
            } else {
                request.param(name, value);
            }
        });
        return (MockMultipartHttpServletRequestBuilder) request.with(csrf());
    }

    /** The id from the redirect to {@code /news/{id}-{slug}} after saving. */
    static long idFrom(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after saving").matches("/news/\\d+-[a-z0-9-]+");
        return Long.parseLong(location.substring("/news/".length()).replaceAll("-.*", ""));
    }

    private long publish(String title, String... overrides) throws Exception {
        return idFrom(mvc.perform(news("/news/new", title, null, overrides).with(as(DEMO_EDITOR))).andReturn());
    }

    private String pathOf(long id) {
        return "/news/" + id + "-" + jdbc.queryForObject("select slug from news_item where id = ?", String.class, id);
    }

    @Test
    void anEditorPublishesNewsWithAnImageResizedToTheTwoSizesPagesShow() throws Exception {
        MockMultipartFile photo = NewsTestImages.upload("photo.png", "image/png", NewsTestImages.png(2400, 1200));
        long id = idFrom(mvc.perform(news("/news/new", "Wage council agrees a new pay floor", photo).with(as(DEMO_EDITOR))).andReturn());
        assertThat(pathOf(id)).isEqualTo("/news/" + id + "-wage-council-agrees-a-new-pay-floor");

        Document page = Html.of(mvc.perform(get(pathOf(id))).andExpect(status().isOk()));
        assertThat(page.select("h1").text()).isEqualTo("Wage council agrees a new pay floor");
        assertThat(page.select(".prose-html strong").text()).isEqualTo("Agreed");
        assertThat(page.select(".prose-html script")).as("body sanitized").isEmpty();
        assertThat(page.select(".editor-panel")).as("editor parts hidden from visitors").isEmpty();
        Element wide = page.selectFirst("figure.news-figure img");
        assertThat(wide).isNotNull();
        assertThat(wide.attr("alt")).isEqualTo("Delegates around a table");
        assertThat(wide.attr("width")).as("fits 1200 × 800, aspect kept").isEqualTo("1200");
        assertThat(wide.attr("height")).isEqualTo("600");

        MvcResult image = mvc.perform(get(wide.attr("src"))).andExpect(status().isOk()).andReturn();
        assertThat(image.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(image.getResponse().getHeader("Cache-Control")).contains("max-age=31536000").contains("public").contains("immutable");
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(image.getResponse().getContentAsByteArray()));
        assertThat(served.getWidth()).isEqualTo(1200);
        assertThat(served.getHeight()).isEqualTo(600);

        Document list = Html.of(mvc.perform(get("/news?country=mv")).andExpect(status().isOk()));
        Element card = list.selectFirst(".news-card:has(a[href='" + pathOf(id) + "']) img");
        assertThat(card).as("the card shows the small rendition").isNotNull();
        assertThat(card.attr("width")).isEqualTo("480");
        assertThat(card.attr("height")).isEqualTo("240");
        mvc.perform(get(card.attr("src"))).andExpect(status().isOk());
        mvc.perform(get("/news/" + id + "/images/" + "0".repeat(40) + ".jpg")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForList("select action from audit_event where subject_kind = 'news_item' and subject_id = ?",
                String.class, id)).containsExactly("PUBLISHED");
    }

    @Test
    void theSlugFollowsTheTitleAndOldAddressesRedirectPermanently() throws Exception {
        long id = publish("Tripartite review of the labour code", "countries", "mh");
        String original = pathOf(id);
        mvc.perform(get("/news/" + id + "/edit").with(as(DEMO_EDITOR))).andExpect(status().isOk());
        long version = jdbc.queryForObject("select version from news_item where id = ?", Long.class, id);
        MvcResult edited = mvc.perform(news("/news/" + id + "/edit", "Labour code review: tripartite agreement", null,
                "countries", "mh", "version", Long.toString(version)).with(as(DEMO_EDITOR))).andReturn();
        String current = "/news/" + id + "-labour-code-review-tripartite-agreement";
        assertThat(edited.getResponse().getRedirectedUrl()).isEqualTo(current);

        for (String old : List.of(original, "/news/" + id, "/news/" + id + "-", "/news/" + id + "-anything-else")) {
            MvcResult redirect = mvc.perform(get(old)).andExpect(status().isMovedPermanently()).andReturn();
            assertThat(redirect.getResponse().getHeader("Location")).as(old).isEqualTo(current);
        }
        mvc.perform(get(current)).andExpect(status().isOk());
        for (String unknown : List.of("/news/999999999", "/news/999999999-some-title", "/news/abc", "/news/0-x", "/news/-1",
                "/news/12345678901234567890", "/news/" + id + "x")) {
            mvc.perform(get(unknown)).andExpect(status().isNotFound());
        }
        // A form made before someone else's change is refused with what was typed kept.
        Document stale = Html.of(mvc.perform(news("/news/" + id + "/edit", "A stale edit", null, "countries", "mh",
                "version", Long.toString(version)).with(as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(stale.text()).contains("changed this item after you opened the form");
        assertThat(stale.select("#title").val()).isEqualTo("A stale edit");
    }

    @Test
    void badImagesGetAMessageOnTheSameFormWithEverythingTypedKeptAndNothingStored() throws Exception {
        byte[] bomb = NewsTestImages.declaredPng(50_000, 50_000, new byte[1_000], true);
        byte[] damaged = NewsTestImages.declaredPng(400, 300, "not deflated pixel data at all".getBytes(), false);
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(NewsTestImages.png(10, 10), 0, huge, 0, 8);
        record Case(String what, MockMultipartFile file, String message) {
        }
        List<Case> cases = List.of(
                new Case("text named .png", NewsTestImages.upload("photo.png", "image/png", "just text".getBytes()), "not a JPEG, PNG or GIF"),
                new Case("a PDF", NewsTestImages.upload("photo.jpg", "image/jpeg", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj".getBytes()), "not a JPEG, PNG or GIF"),
                new Case("over 10 MB", NewsTestImages.upload("big.png", "image/png", huge), "larger than 10 MB"),
                new Case("decompression bomb", NewsTestImages.upload("bomb.png", "image/png", bomb), "50000 \u00d7 50000 pixels"),
                new Case("damaged", NewsTestImages.upload("broken.png", "image/png", damaged), "could not be read"),
                new Case("empty", NewsTestImages.upload("empty.png", "image/png", new byte[0]), "empty"));
        long filesBefore = StoredFiles.count();
        for (Case c : cases) {
            Document form = Html.of(mvc.perform(news("/news/new", "Bad image " + c.what(), c.file(), "countries", "sb")
                    .with(as(DEMO_EDITOR))).andExpect(status().isOk()));
            assertThat(form.select("#image-error").text()).as(c.what()).contains(c.message());
            assertThat(form.select("#title").val()).as("typed values kept").isEqualTo("Bad image " + c.what());
            assertThat(form.select("#imageAlt").val()).isEqualTo("Delegates around a table");
        }
        Document noAlt = Html.of(mvc.perform(news("/news/new", "Image without alt text",
                NewsTestImages.upload("photo.png", "image/png", NewsTestImages.png(100, 100)), "imageAlt", " ")
                .with(as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(noAlt.select("#imageAlt-error").text()).contains("describe the image");
        assertThat(noAlt.select("#image-error").text()).as("the file must be chosen again").contains("choose the image again");
        assertThat(jdbc.queryForObject("select count(*) from news_item where title like 'Bad image%' or title like 'Image without%'",
                Long.class)).isZero();
        assertThat(StoredFiles.count()).as("refused images leave no file behind").isEqualTo(filesBefore);
    }

    @Test
    void badFieldsGetFieldMessagesOnTheSameForm() throws Exception {
        record Case(String field, String value, String errorField) {
        }
        for (Case c : List.of(new Case("kind", "gossip", "kind"), new Case("themes", "999", "themes"),
                new Case("themes", "", "themes"), new Case("countries", "zz", "countries"), new Case("language", "xx", "language"),
                new Case("title", "x".repeat(301), "title"), new Case("summary", " ", "summary"),
                new Case("visibility", "EVERYONE", "visibility"))) {
            Document form = Html.of(mvc.perform(news("/news/new", "Bad field " + c.field(), null, "countries", "sb", c.field(), c.value())
                    .with(as(DEMO_EDITOR))).andExpect(status().isOk()));
            assertThat(form.select("#" + c.errorField() + "-error").text()).as(c.field() + "=" + c.value()).isNotBlank();
        }
        assertThat(jdbc.queryForObject("select count(*) from news_item where title like 'Bad field%'", Long.class)).isZero();
    }

    @Test
    void theListFiltersByKindThemeCountryAndYearAsLinksAndShrugsOffBadValues() throws Exception {
        long report = publish("Report on wage councils in Tonga", "countries", "to", "kind", "project-report");
        long other = publish("Country news from Tonga on bargaining", "countries", "to", "themes", "6");
        Document all = Html.of(mvc.perform(get("/news?country=to")).andExpect(status().isOk()));
        assertThat(all.select(".news-card h3 a").eachText()).containsExactly("Country news from Tonga on bargaining",
                "Report on wage councils in Tonga");
        assertThat(all.select(".facets a").eachText()).anyMatch(text -> text.startsWith("Project report"))
                .anyMatch(text -> text.startsWith("Wage Policy")).anyMatch(text -> text.startsWith(String.valueOf(java.time.Year.now())));
        String kindLink = all.select(".facets a").stream().filter(a -> a.text().startsWith("Project report")).findFirst()
                .orElseThrow().attr("href");
        Document reports = Html.of(mvc.perform(get(kindLink)).andExpect(status().isOk()));
        assertThat(reports.select(".news-card h3 a").eachAttr("href")).containsExactly(pathOf(report));
        Document filtered = Html.of(mvc.perform(get("/news?kind=country-news&theme=collective-bargaining&country=to&year="
                + java.time.Year.now())).andExpect(status().isOk()));
        assertThat(filtered.select(".news-card h3 a").eachAttr("href")).containsExactly(pathOf(other));

        Document odd = Html.of(mvc.perform(get("/news?kind=gossip&theme=nope&country=zz&year=abc&country=to")).andExpect(status().isOk()));
        assertThat(odd.select(".notice").text()).contains("Not recognised").contains("Kind").contains("Theme").contains("Year");
        Document farPage = Html.of(mvc.perform(get("/news?country=to&page=10000")).andExpect(status().isOk()));
        assertThat(farPage.select(".pager").text()).contains("There is no page 10,000");
        for (String page : List.of("abc", "-5", "99999999999999999999", "1e9")) {
            mvc.perform(get("/news?page=" + page)).andExpect(status().isOk());
        }
    }

    @Test
    void aMemberSubmissionWaitsForAnEditorAndARejectionIsMailedWithItsReason() throws Exception {
        long approved = idFrom(mvc.perform(news("/news/submit", "Union federation elects a new board", null, "countries", "vu")
                .with(as(DEMO_MEMBER))).andReturn());
        assertThat(jdbc.queryForObject("select status from news_item where id = ?", String.class, approved)).isEqualTo("PENDING");
        mvc.perform(get(pathOf(approved))).andExpect(status().isNotFound());
        Document own = Html.of(mvc.perform(get(pathOf(approved)).with(as(DEMO_MEMBER))).andExpect(status().isOk()));
        assertThat(own.text()).contains("Waiting for an editor's approval");
        assertThat(Html.of(mvc.perform(get("/news?country=vu")).andExpect(status().isOk())).text()).doesNotContain("Union federation");
        Document queue = Html.of(mvc.perform(get("/news/submissions").with(as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(queue.select("#submission-" + approved)).isNotEmpty();
        assertThat(Html.of(mvc.perform(get("/review").with(as(DEMO_EDITOR))).andExpect(status().isOk())).text())
                .contains("Union federation elects a new board");

        mvc.perform(post("/news/" + approved + "/publish").param("from", "submissions").with(csrf()).with(as(DEMO_EDITOR)))
                .andExpect(status().is3xxRedirection());
        assertThat(Html.of(mvc.perform(get("/news?country=vu")).andExpect(status().isOk())).select(".news-card h3 a").eachText())
                .contains("Union federation elects a new board");

        long rejected = idFrom(mvc.perform(news("/news/submit", "Our annual picnic", null, "countries", "vu").with(as(DEMO_MEMBER))).andReturn());
        int mailsBefore = TestMail.messagesTo(DEMO_MEMBER).size();
        Document noReason = Html.of(mvc.perform(post("/news/" + rejected + "/reject").param("reason", " ").with(csrf())
                .with(as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(noReason.select("#reason-error").text()).isNotBlank();
        mvc.perform(post("/news/" + rejected + "/reject").param("reason", "Not about industrial relations.").with(csrf())
                .with(as(DEMO_EDITOR))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select rejection_reason from news_item where id = ?", String.class, rejected))
                .isEqualTo("Not about industrial relations.");
        MimeMessage mail = TestMail.awaitMessagesTo(DEMO_MEMBER, mailsBefore + 1, Duration.ofSeconds(10)).getLast();
        assertThat(mail.getSubject()).contains("news");
        assertThat(TestMail.textOf(mail)).contains("Not about industrial relations.").contains(pathOf(rejected));

        Document account = Html.of(mvc.perform(get("/account").with(as(DEMO_MEMBER))).andExpect(status().isOk()));
        assertThat(account.select("section:has(#account-news-heading) li").text()).as("the member's own news, where it stands")
                .contains("Our annual picnic: Not published (Not about industrial relations.)")
                .contains("Union federation elects a new board: Published");

        // The member changes the rejected item: it goes back to the editors.
        Document rejectedPage = Html.of(mvc.perform(get(pathOf(rejected)).with(as(DEMO_MEMBER))).andExpect(status().isOk()));
        assertThat(rejectedPage.text()).contains("Not about industrial relations.");
        long version = jdbc.queryForObject("select version from news_item where id = ?", Long.class, rejected);
        mvc.perform(news("/news/" + rejected + "/edit", "Our union's annual bargaining school", null, "countries", "vu",
                "version", Long.toString(version)).with(as(DEMO_MEMBER))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from news_item where id = ?", String.class, rejected)).isEqualTo("PENDING");
        assertThat(jdbc.queryForList("select action from audit_event where subject_kind = 'news_item' and subject_id in (?, ?) order by id",
                String.class, approved, rejected)).containsExactly("SUBMITTED", "APPROVED", "SUBMITTED", "REJECTED", "UPDATED", "SUBMITTED");
    }

    @Test
    void everyRouteIsGuardedPerRole() throws Exception {
        long editors = publish("Guarded news item", "countries", "af");
        long members = idFrom(mvc.perform(news("/news/submit", "A member's guarded submission", null, "countries", "af")
                .with(as(DEMO_MEMBER))).andReturn());
        List<String> editorPages = List.of("/news/new", "/news/submissions", "/news/" + editors + "/edit");
        for (String path : List.of("/news/new", "/news/submissions", "/news/" + editors + "/edit", "/news/submit")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as("visitor " + path).isIn(302, 401, 403);
        }
        for (String role : List.of(DEMO_MEMBER, DEMO_MODERATOR)) {
            for (String path : editorPages) {
                mvc.perform(get(path).with(as(role))).andExpect(status().isForbidden());
            }
            mvc.perform(get("/news/submit").with(as(role))).andExpect(status().isOk());
        }
        for (String role : List.of(DEMO_EDITOR, DEMO_ADMIN)) {
            for (String path : editorPages) {
                mvc.perform(get(path).with(as(role))).andExpect(status().isOk());
            }
            mvc.perform(get("/news/" + members + "/edit").with(as(role))).andExpect(status().isOk());
        }
        // The member may change their own submission, nobody else's, and cannot publish it by posting forms.
        mvc.perform(get("/news/" + members + "/edit").with(as(DEMO_MEMBER))).andExpect(status().isOk());
        mvc.perform(get("/news/" + members + "/edit").with(as(DEMO_MODERATOR))).andExpect(status().isForbidden());
        for (String action : List.of("publish", "archive", "reject")) {
            for (long id : List.of(editors, members)) {
                mvc.perform(post("/news/" + id + "/" + action).param("reason", "x").with(csrf()).with(as(DEMO_MEMBER)))
                        .andExpect(status().isForbidden());
                assertThat(mvc.perform(post("/news/" + id + "/" + action).param("reason", "x").with(csrf()))
                        .andReturn().getResponse().getStatus()).as("visitor " + action).isIn(302, 401, 403);
            }
        }
        mvc.perform(news("/news/new", "Member posting to the editors' form", null).with(as(DEMO_MEMBER))).andExpect(status().isForbidden());
        mvc.perform(news("/news/" + editors + "/edit", "Member editing the editor's item", null).with(as(DEMO_MEMBER)))
                .andExpect(status().isForbidden());
        long version = jdbc.queryForObject("select version from news_item where id = ?", Long.class, members);
        mvc.perform(news("/news/" + members + "/edit", "A member's guarded submission, changed", null, "countries", "af",
                "action", "publish", "version", Long.toString(version)).with(as(DEMO_MEMBER))).andExpect(status().is3xxRedirection());
        mvc.perform(news("/news/submit", "A member trying to publish", null, "countries", "af", "action", "publish")
                .with(as(DEMO_MEMBER))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select status from news_item where title like 'A member%'", String.class))
                .containsOnly("PENDING");
        assertThat(jdbc.queryForObject("select title from news_item where id = ?", String.class, editors)).isEqualTo("Guarded news item");
        assertThat(jdbc.queryForObject("select status from news_item where id = ?", String.class, editors)).isEqualTo("PUBLISHED");
        // Once published, the member's item is the editors' to change.
        mvc.perform(post("/news/" + members + "/publish").with(csrf()).with(as(DEMO_EDITOR))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/news/" + members + "/edit").with(as(DEMO_MEMBER))).andExpect(status().isForbidden());
    }

    @Test
    void membersOnlyNewsNeverReachesVisitors() throws Exception {
        MockMultipartFile photo = NewsTestImages.upload("photo.png", "image/png", NewsTestImages.png(600, 400));
        long id = idFrom(mvc.perform(news("/news/new", "Members-only briefing on wage arrears", photo, "countries", "jp",
                "visibility", "MEMBERS").with(as(DEMO_EDITOR))).andReturn());
        assertThat(mvc.perform(get(pathOf(id))).andReturn().getResponse().getStatus()).as("visitors are sent to sign in")
                .isIn(302, 401);
        Document page = Html.of(mvc.perform(get(pathOf(id)).with(as(DEMO_MEMBER))).andExpect(status().isOk()));
        String src = page.selectFirst("figure img").attr("src");
        assertThat(mvc.perform(get(src)).andReturn().getResponse().getStatus()).isIn(302, 401);
        MvcResult image = mvc.perform(get(src).with(as(DEMO_MEMBER))).andExpect(status().isOk()).andReturn();
        assertThat(image.getResponse().getHeader("Cache-Control")).as("never kept by shared caches").contains("private");
        assertThat(Html.of(mvc.perform(get("/news?country=jp")).andExpect(status().isOk())).text()).doesNotContain("wage arrears");
        assertThat(Html.of(mvc.perform(get("/news?country=jp").with(as(DEMO_MEMBER))).andExpect(status().isOk())).text())
                .contains("wage arrears");
        assertThat(Html.of(mvc.perform(get("/search?q=arrears")).andExpect(status().isOk())).text()).doesNotContain("wage arrears");
        assertThat(Html.of(mvc.perform(get("/countries/jp")).andExpect(status().isOk())).text()).doesNotContain("wage arrears");
    }

    @Test
    void publishedNewsIsOnHomeItsThemeAndCountryPagesAndFoundBySearch() throws Exception {
        long id = publish("Kiwifruit growers and unions sign a sector agreement", "countries", "nz", "themes", "6");
        String path = pathOf(id);
        for (String page : List.of("/", "/themes/collective-bargaining", "/countries/nz", "/search?q=kiwifruit")) {
            Document document = Html.of(mvc.perform(get(page)).andExpect(status().isOk()));
            assertThat(document.select("a[href^='/news/" + id + "']")).as(page).isNotEmpty();
        }
        Document home = Html.of(mvc.perform(get("/")).andExpect(status().isOk()));
        assertThat(home.select("#home-news-heading").text()).isEqualTo("Latest news");
        Document search = Html.of(mvc.perform(get("/search?q=kiwifruit")).andExpect(status().isOk()));
        String hit = search.selectFirst("a[href^='/news/" + id + "']").attr("href");
        MvcResult followed = mvc.perform(get(hit)).andReturn();
        assertThat(followed.getResponse().getStatus()).isIn(200, 301);
        if (followed.getResponse().getStatus() == 301) {
            assertThat(followed.getResponse().getHeader("Location")).isEqualTo(path);
        }
        mvc.perform(post("/news/" + id + "/archive").with(csrf()).with(as(DEMO_EDITOR))).andExpect(status().is3xxRedirection());
        assertThat(Html.of(mvc.perform(get("/countries/nz")).andExpect(status().isOk())).select("a[href^='/news/" + id + "']")).isEmpty();
    }

    @Test
    void filesAttachedToNewsAreCheckedByContentServedToItsReadersAndRemovedWithTheirAttachment() throws Exception {
        MockMultipartFile pdf = new MockMultipartFile("files", "../programme document.pdf", "application/octet-stream",
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes());
        MockMultipartFile notes = new MockMultipartFile("files", "notes.txt", "text/plain", "Minutes of the meeting.".getBytes());
        long filesBefore = StoredFiles.count();
        long id = idFrom(mvc.perform(news("/news/new", "Programme document for the Pacific", null, "countries", "ws")
                .file(pdf).file(notes).with(as(DEMO_EDITOR))).andReturn());
        assertThat(StoredFiles.count()).isEqualTo(filesBefore + 2);
        Document page = Html.of(mvc.perform(get(pathOf(id))).andExpect(status().isOk()));
        assertThat(page.select("#files-heading + ul a").eachText()).containsExactly("programme document.pdf", "notes.txt");
        assertThat(page.select("#files-heading + ul").text()).contains("PDF").contains("Text");
        String pdfLink = page.select("#files-heading + ul a").first().attr("href");
        String notesLink = page.select("#files-heading + ul a").last().attr("href");
        MvcResult download = mvc.perform(get(pdfLink)).andExpect(status().isOk()).andReturn();
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("inline").contains("programme");
        assertThat(download.getResponse().getHeader("Cache-Control")).contains("public");
        assertThat(mvc.perform(get(notesLink)).andExpect(status().isOk()).andReturn().getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment");
        mvc.perform(get("/news/" + id + "/files/" + "a".repeat(40))).andExpect(status().isNotFound());

        // An executable called report.pdf is refused by its content, with the form kept and nothing stored.
        MockMultipartFile executable = new MockMultipartFile("files", "report.pdf", "application/pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0});
        Document refused = Html.of(mvc.perform(news("/news/new", "News with a disguised program", null, "countries", "ws")
                .file(executable).with(as(DEMO_EDITOR))).andExpect(status().isOk()));
        assertThat(refused.select("#files-error").text()).contains("report.pdf").contains("is not a PDF");
        assertThat(refused.select("#title").val()).isEqualTo("News with a disguised program");
        assertThat(StoredFiles.count()).isEqualTo(filesBefore + 2);

        // Removing an attachment takes its file away once the change is saved.
        long version = jdbc.queryForObject("select version from news_item where id = ?", Long.class, id);
        String notesKey = notesLink.substring(notesLink.lastIndexOf('/') + 1);
        mvc.perform(news("/news/" + id + "/edit", "Programme document for the Pacific", null, "countries", "ws",
                "version", Long.toString(version), "removeAttachments", notesKey).with(as(DEMO_EDITOR)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(notesLink)).andExpect(status().isNotFound());
        mvc.perform(get(pdfLink)).andExpect(status().isOk());
        assertThat(StoredFiles.count()).isEqualTo(filesBefore + 1);

        // A member's submission: its files reach only its author and editors until it is published.
        long submitted = idFrom(mvc.perform(news("/news/submit", "Submission with minutes", null, "countries", "ws")
                .file(new MockMultipartFile("files", "minutes.txt", "text/plain", "Minutes.".getBytes()))
                .with(as(DEMO_MEMBER))).andReturn());
        String submittedFile = Html.of(mvc.perform(get(pathOf(submitted)).with(as(DEMO_MEMBER))).andExpect(status().isOk()))
                .select("#files-heading + ul a").attr("href");
        mvc.perform(get(submittedFile)).andExpect(status().isNotFound());
        MvcResult own = mvc.perform(get(submittedFile).with(as(DEMO_MEMBER))).andExpect(status().isOk()).andReturn();
        assertThat(own.getResponse().getHeader("Cache-Control")).contains("private");
    }
}

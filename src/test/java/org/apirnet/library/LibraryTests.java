package org.apirnet.library;

import java.nio.file.Path;
import java.time.Duration;

import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.StoredFiles;
import org.apirnet.support.TestMail;
import org.jsoup.nodes.Document;
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

class LibraryTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private MockMultipartHttpServletRequestBuilder resource(String path, String title, MockMultipartFile... files) {
        return resource(path, title, "PUBLIC", "", files);
    }

    /** A complete, valid resource form; each parameter is set once. */
    private MockMultipartHttpServletRequestBuilder resource(String path, String title, String visibility, String externalUrl,
                                                             MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.param("title", title).param("summary", "Summary of " + title).param("body", "# Findings\n\nSee **this**.")
                .param("type", "research").param("themes", "6", "13").param("countries", "kh", "th").param("language", "en")
                .param("publicationDate", "2025-06-30").param("authors", "ILO").param("keywords", "wages, bargaining")
                .param("externalUrl", externalUrl).param("visibility", visibility).with(csrf());
        return request;
    }

    private long idFrom(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after saving").matches("/library/\\d+");
        return Long.parseLong(location.substring("/library/".length()));
    }

    @Test
    void anEditorPublishesAResourceWithAPdfThatEveryoneCanFindReadAndDownload() throws Exception {
        byte[] pdf = LibraryTestFiles.pdf("Minimum wage fixing in Cambodia");
        MvcResult created = mvc.perform(resource("/library/new", "Wage fixing study",
                        new MockMultipartFile("files", "../../etc/wage-study.pdf", "application/octet-stream", pdf))
                        .param("action", "publish").with(as(DEMO_EDITOR)))
                .andReturn();
        long id = idFrom(created);

        Document list = Html.of(mvc.perform(get("/library?theme=collective-bargaining&country=kh")).andExpect(status().isOk()));
        assertThat(list.select(".resource-card h3 a").eachText()).contains("Wage fixing study");

        Document page = Html.of(mvc.perform(get("/library/" + id)).andExpect(status().isOk()));
        assertThat(page.select("h1").text()).isEqualTo("Wage fixing study");
        assertThat(page.select(".prose-html h3").text()).as("body headings sit below the page's").isEqualTo("Findings");
        assertThat(page.select("dd a[href='/library?type=research']").text()).isEqualTo("Research");
        assertThat(page.select("dd a[href='/library?country=kh']").text()).isEqualTo("Cambodia");
        assertThat(page.select(".editor-panel")).as("editor-only parts hidden from visitors").isEmpty();
        String fileLink = page.select("a[href^='/library/" + id + "/files/']").attr("href");
        assertThat(page.select("a[href^='/library/" + id + "/files/']").text())
                .as("a download button near the top, with the file's type and size").startsWith("Download (PDF) wage-study.pdf ·");
        assertThat(page.select("main > section").first().hasClass("downloads")).as("files come first").isTrue();

        MvcResult download = mvc.perform(get(fileLink)).andExpect(status().isOk()).andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getHeader("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("inline").contains("wage-study.pdf");

        String storedKey = jdbc.queryForObject("select storage_key from resource_attachment where resource_id = ?", String.class, id);
        assertThat(storedKey).matches("[a-f0-9]{40}");
        assertThat(jdbc.queryForObject("select sha256 from resource_attachment where resource_id = ?", String.class, id)).hasSize(64);
        assertThat(jdbc.queryForObject("select download_count from resource where id = ?", Long.class, id)).isEqualTo(1);

        // Text extraction runs in the background after commit; the text is stored for search, never loaded by pages.
        String text = null;
        for (int i = 0; i < 100 && text == null; i++) {
            text = jdbc.queryForObject("select extracted_text from resource_attachment where resource_id = ?", String.class, id);
            Thread.sleep(100);
        }
        assertThat(text).contains("Minimum wage fixing in Cambodia");

        Document editorView = Html.of(mvc.perform(get("/library/" + id).with(as(DEMO_EDITOR))));
        assertThat(editorView.select(".editor-panel").text()).contains("Downloaded once", "Published by", "Demo Editor");
        assertThat(editorView.select("li:has(a[href^='/library/" + id + "/files/'])").text()).contains("1 download", "text extracted");
    }

    /** Direction controls could make a title read differently from what it is ("Trojan Source"): they are dropped. */
    @Test
    void titlesLoseBidiControls() throws Exception {
        long id = idFrom(mvc.perform(resource("/library/new", "Wage \u202Efdp.exe\u202C report \u2066x\u2069", "PUBLIC",
                "https://example.org/report").param("action", "publish")
                .with(as(DEMO_EDITOR))).andReturn());
        assertThat(jdbc.queryForObject("select title from resource where id = ?", String.class, id)).isEqualTo("Wage fdp.exe report x");
    }

    @Test
    void membersOnlyResourcesAndTheirFilesNeverReachVisitors() throws Exception {
        long id = idFrom(mvc.perform(resource("/library/new", "Members only bargaining guide", "MEMBERS", "",
                        new MockMultipartFile("files", "guide.pdf", "application/pdf", LibraryTestFiles.pdf("Confidential guide")))
                .param("action", "publish").with(as(DEMO_EDITOR))).andReturn());
        long fileId = jdbc.queryForObject("select id from resource_attachment where resource_id = ?", Long.class, id);

        mvc.perform(get("/library/" + id)).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        mvc.perform(get("/library/" + id + "/files/" + fileId)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/library/" + id).with(as("rahul@demo.apirnet.org"))).andExpect(status().isForbidden());
        mvc.perform(get("/library/" + id + "/files/" + fileId).with(as(DEMO_MEMBER))).andExpect(status().isOk());

        Document visitorList = Html.of(mvc.perform(get("/library?theme=wage-policy")));
        Document memberList = Html.of(mvc.perform(get("/library?theme=wage-policy").with(as(DEMO_MEMBER))));
        assertThat(visitorList.text()).doesNotContain("Members only bargaining guide");
        assertThat(memberList.text()).contains("Members only bargaining guide");
        long visitorCount = Long.parseLong(visitorList.select("main p[role=status]").text().replaceAll("\\D+", "0"));
        long memberCount = Long.parseLong(memberList.select("main p[role=status]").text().replaceAll("\\D+", "0"));
        assertThat(visitorCount).as("counts leave members-only resources out too").isLessThan(memberCount);
        Document themePage = Html.of(mvc.perform(get("/themes/wage-policy")));
        assertThat(themePage.text()).doesNotContain("Members only bargaining guide");
    }

    @Test
    void refusedFilesGetAClearMessageAndLeaveNothingBehind() throws Exception {
        long filesBefore = StoredFiles.count();
        long resourcesBefore = jdbc.queryForObject("select count(*) from resource", Long.class);
        var editor = as(DEMO_EDITOR);

        Document exe = Html.of(mvc.perform(resource("/library/new", "Renamed executable",
                new MockMultipartFile("files", "report.pdf", "application/pdf", LibraryTestFiles.executable())).with(editor))
                .andExpect(status().isOk()));
        assertThat(exe.select("#files-error").text()).contains("report.pdf", "its content was checked");
        assertThat(exe.select("#title").val()).isEqualTo("Renamed executable");

        Document empty = Html.of(mvc.perform(resource("/library/new", "Empty",
                new MockMultipartFile("files", "empty.pdf", "application/pdf", new byte[0])).with(editor)));
        assertThat(empty.select("#files-error").text()).contains("empty.pdf", "is empty");

        Document large = Html.of(mvc.perform(resource("/library/new", "Too large",
                new MockMultipartFile("files", "large.pdf", "application/pdf", new byte[4 * 1024 * 1024])).with(editor)));
        assertThat(large.select("#files-error").text()).contains("large.pdf", "larger than 3 MB");

        Document bomb = Html.of(mvc.perform(resource("/library/new", "Bomb",
                new MockMultipartFile("files", "report.docx", "application/octet-stream", LibraryTestFiles.zipBombDocx(200))).with(editor)));
        assertThat(bomb.select("#files-error").text()).contains("report.docx", "expands");

        // One good file with one bad one: neither is kept.
        Document mixed = Html.of(mvc.perform(resource("/library/new", "Mixed",
                new MockMultipartFile("files", "good.pdf", "application/pdf", LibraryTestFiles.pdf("good")),
                new MockMultipartFile("files", "bad.pdf", "application/pdf", LibraryTestFiles.executable())).with(editor)));
        assertThat(mixed.select("#files-error").text()).contains("bad.pdf");

        assertThat(StoredFiles.count()).as("no orphan files").isEqualTo(filesBefore);
        assertThat(jdbc.queryForObject("select count(*) from resource", Long.class)).as("nothing half-saved").isEqualTo(resourcesBefore);
    }

    @Test
    void draftFilesAreNeverCacheableByProxiesAndControlCharactersAreDropped() throws Exception {
        var editor = as(DEMO_EDITOR);
        long id = idFrom(mvc.perform(resource("/library/new", "Draft\u0000 with a file\u0007",
                        new MockMultipartFile("files", "draft.pdf", "application/pdf", LibraryTestFiles.pdf("draft")))
                .param("action", "draft").with(editor)).andReturn());
        assertThat(jdbc.queryForObject("select title from resource where id = ?", String.class, id)).isEqualTo("Draft with a file");
        long fileId = jdbc.queryForObject("select id from resource_attachment where resource_id = ?", Long.class, id);
        MvcResult download = mvc.perform(get("/library/" + id + "/files/" + fileId).with(editor)).andExpect(status().isOk()).andReturn();
        assertThat(download.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(jdbc.queryForObject("select download_count from resource where id = ?", Long.class, id))
                .as("editors looking at a file are not downloads").isZero();
        mvc.perform(get("/library/" + id + "/files/" + fileId)).andExpect(status().isNotFound());
    }

    @Test
    void aBombWhoseIndexDisagreesWithItsContentIsRefusedToo() throws Exception {
        byte[] bomb = LibraryTestFiles.zipBombDocx(200);
        byte[] prefixed = new byte[bomb.length + 4];
        System.arraycopy(bomb, 0, prefixed, 4, bomb.length);
        Document page = Html.of(mvc.perform(resource("/library/new", "Prefixed bomb",
                new MockMultipartFile("files", "prefixed.docx", "application/octet-stream", prefixed)).with(as(DEMO_EDITOR))));
        assertThat(page.select("#files-error").text()).contains("prefixed.docx");
    }

    @Test
    void anUploadBeyondTheServersLimitGetsAPageThatSaysSo() throws Exception {
        String boundary = "----limit";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"huge.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 6 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/library/submit"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("The upload is too large").doesNotContain("Exception");
    }

    @Test
    void theFormExplainsMissingThemesUnknownChoicesAndBadDates() throws Exception {
        Document page = Html.of(mvc.perform(multipart("/library/new").with(csrf()).with(as(DEMO_EDITOR))
                .param("title", "No themes").param("summary", "s").param("type", "nonsense").param("language", "xx")
                .param("publicationDate", "2025-13-45").param("externalUrl", "javascript:alert(1)").param("visibility", "PUBLIC")
                .param("countries", "zz")).andExpect(status().isOk()));
        assertThat(page.select("#themes-error").text()).contains("at least one theme");
        assertThat(page.select("#type-error").text()).contains("choose a type");
        assertThat(page.select("#language-error").text()).contains("choose a language");
        assertThat(page.select("#publicationDate-error").text()).contains("between 1900");
        assertThat(page.select("#externalUrl-error").text()).contains("http://");
        assertThat(page.select("#countries-error").text()).contains("choose a country");
        assertThat(page.select("#title").val()).isEqualTo("No themes");
    }

    @Test
    void unknownFiltersAreNamedAndIgnored() throws Exception {
        Document page = Html.of(mvc.perform(get("/library?theme=no-such-theme&country=<x>&year=abc&page=-4&type=&language=klingon"))
                .andExpect(status().isOk()));
        assertThat(page.select("main .notice").text()).contains("Theme", "Country", "Year", "Language");
        mvc.perform(get("/library/abc")).andExpect(status().isNotFound());
        mvc.perform(get("/library/99999999")).andExpect(status().isNotFound());
        long publicId = idFrom(mvc.perform(resource("/library/new", "Public link", "PUBLIC", "https://example.org/public")
                .param("action", "publish").with(as(DEMO_EDITOR))).andReturn());
        mvc.perform(get("/library/" + publicId + "/files/abc")).andExpect(status().isNotFound());
        mvc.perform(get("/library/" + publicId + "/files/999999")).andExpect(status().isNotFound());
    }

    @Test
    void aMemberSubmitsAndAnEditorApprovesOrRejectsWithAReason() throws Exception {
        var member = as(DEMO_MEMBER);
        var editor = as(DEMO_EDITOR);
        int mailsBefore = TestMail.messagesTo(DEMO_MEMBER).size();
        mvc.perform(resource("/library/submit", "Union bargaining toolkit", "PUBLIC", "https://example.org/toolkit")
                .with(member)).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account"));
        long id = jdbc.queryForObject("select id from resource where title = 'Union bargaining toolkit'", Long.class);
        assertThat(jdbc.queryForObject("select status from resource where id = ?", String.class, id)).isEqualTo("PENDING");

        // Pending: only its author and editors know it exists.
        mvc.perform(get("/library/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/library/" + id).with(as("kim@demo.apirnet.org"))).andExpect(status().isNotFound());
        mvc.perform(get("/library/" + id).with(member)).andExpect(status().isOk());
        assertThat(Html.of(mvc.perform(get("/account").with(member))).select("#submissions-heading + p + ul, section:has(#submissions-heading)").text())
                .contains("Union bargaining toolkit", "Waiting for an editor");
        Document queue = Html.of(mvc.perform(get("/library/submissions").with(editor)));
        assertThat(queue.select("#submission-" + id).text()).contains("Union bargaining toolkit", "Demo Member", "Findings", "this");
        assertThat(queue.select("#submission-" + id + " a[href='https://example.org/toolkit']")).hasSize(1);
        assertThat(queue.select("#submission-" + id + " .prose strong").text()).as("the whole description, rendered").isEqualTo("this");

        mvc.perform(post("/library/" + id + "/publish").with(csrf()).with(member)).andExpect(status().isForbidden());
        mvc.perform(post("/library/" + id + "/publish").param("from", "submissions").with(csrf()).with(editor))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/library/submissions"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("noticeArgument", "Union bargaining toolkit"));
        assertThat(jdbc.queryForObject("select status from resource where id = ?", String.class, id)).isEqualTo("PUBLISHED");
        assertThat(TestMail.awaitMessagesTo(DEMO_MEMBER, mailsBefore + 1, Duration.ofSeconds(10)).getLast().getSubject())
                .contains("published");
        mvc.perform(get("/library/" + id)).andExpect(status().isOk());

        mvc.perform(resource("/library/submit", "Second toolkit", "PUBLIC", "https://example.org/second").with(member));
        long second = jdbc.queryForObject("select id from resource where title = 'Second toolkit'", Long.class);
        Document noReason = Html.of(mvc.perform(post("/library/" + second + "/reject").with(csrf()).with(editor).param("reason", " "))
                .andExpect(status().isOk()));
        assertThat(noReason.select("#submission-" + second + " .field-error").text()).isNotBlank();
        mvc.perform(post("/library/" + second + "/reject").with(csrf()).with(editor).param("reason", "Please add the PDF."))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select rejection_reason from resource where id = ?", String.class, second))
                .isEqualTo("Please add the PDF.");
        assertThat(TestMail.awaitMessagesTo(DEMO_MEMBER, mailsBefore + 2, Duration.ofSeconds(10)).getLast().getSubject())
                .contains("Your submission");
        assertThat(Html.of(mvc.perform(get("/account").with(member))).text()).contains("Second toolkit", "Not published", "Please add the PDF.");
    }

    @Test
    void editorsReplaceFilesAndArchiveAndTheOldFileLeavesTheDisk() throws Exception {
        var editor = as(DEMO_EDITOR);
        long id = idFrom(mvc.perform(resource("/library/new", "Edited resource",
                        new MockMultipartFile("files", "first.pdf", "application/pdf", LibraryTestFiles.pdf("first version")))
                .param("action", "publish").with(editor)).andReturn());
        long firstId = jdbc.queryForObject("select id from resource_attachment where resource_id = ?", Long.class, id);
        String firstKey = jdbc.queryForObject("select storage_key from resource_attachment where id = ?", String.class, firstId);
        Path firstFile = Path.of("target/test-data/files", firstKey.substring(0, 2), firstKey);
        assertThat(firstFile).exists();

        Document form = Html.of(mvc.perform(get("/library/" + id + "/edit").with(editor)).andExpect(status().isOk()));
        assertThat(form.select("#title").val()).isEqualTo("Edited resource");
        assertThat(form.select("input[name=themes][checked]")).hasSize(2);

        String version = form.select("input[name=version]").val();
        // Someone else saves first: this edit, made from the older form, is refused with a message and saves nothing.
        jdbc.update("update resource set version = version + 1 where id = ?", id);
        Document conflict = Html.of(mvc.perform(resource("/library/" + id + "/edit", "Stale edit")
                .param("version", version).with(editor)).andExpect(status().isOk()));
        assertThat(conflict.select("#files-error, p[role=alert]").text()).contains("problem");
        assertThat(conflict.text()).contains("Someone else saved this resource");
        version = Long.toString(Long.parseLong(version) + 1);

        mvc.perform(resource("/library/" + id + "/edit", "Edited resource, second edition",
                        new MockMultipartFile("files", "second.pdf", "application/pdf", LibraryTestFiles.pdf("second version")))
                        .param("removeAttachments", Long.toString(firstId)).param("version", version).with(editor))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select original_name from resource_attachment where resource_id = ?", String.class, id))
                .containsExactly("second.pdf");
        assertThat(firstFile).as("the removed file is deleted after the commit").doesNotExist();
        assertThat(jdbc.queryForObject("select title from resource where id = ?", String.class, id)).isEqualTo("Edited resource, second edition");

        mvc.perform(post("/library/" + id + "/archive").with(csrf()).with(editor)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/library/" + id)).andExpect(status().isNotFound());
        assertThat(Html.of(mvc.perform(get("/library/" + id).with(editor))).select("main .notice").text()).contains("archived");
        assertThat(jdbc.queryForList("select action from audit_event where subject_kind = 'resource' and subject_id = ? order by id", String.class, id))
                .containsExactly("PUBLISHED", "UPDATED", "ARCHIVED");
    }
}

package org.apirnet.library;

import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A 50 MB upload through the real server while the whole portal runs in a JVM with a heap too small to hold the
 * file twice (see the surefire execution "small-heap" in the pom): it only passes if every layer streams.
 */
@TestPropertySource(properties = {"apirnet.library.max-attachment-size=60MB", "spring.servlet.multipart.max-file-size=70MB"})
class LargeUploadSmallHeapTests extends PortalIntegrationTest {

    private static final long FIFTY_MEGABYTES = 50L * 1024 * 1024;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void aFiftyMegabyteFileIsStoredWithoutBeingHeldInMemory() throws Exception {
        // Only meaningful in the pom's "small-heap" execution, which sets the flag; there the heap limit is checked too.
        assumeTrue(Boolean.getBoolean("apirnet.test.smallHeap"), "runs in the small-heap surefire execution");
        assertThat(Runtime.getRuntime().maxMemory()).as("this test must run with a small heap").isLessThan(256L * 1024 * 1024);

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI base = URI.create("http://localhost:" + port);
        signIn(http, base);
        String csrf = Jsoup.parse(http.send(HttpRequest.newBuilder(base.resolve("/library/new")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).select("input[name=_csrf]").val();

        String boundary = "----apirnet" + UUID.randomUUID();
        Path body = temp.resolve("body");
        String sha256 = writeMultipartBody(body, boundary, csrf);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/library/new"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofFile(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select size_bytes from resource_attachment where resource_id = ?", Long.class, id))
                .isEqualTo(FIFTY_MEGABYTES);
        assertThat(jdbc.queryForObject("select sha256 from resource_attachment where resource_id = ?", String.class, id))
                .isEqualTo(sha256);
    }

    private void signIn(HttpClient http, URI base) throws Exception {
        String form = http.send(HttpRequest.newBuilder(base.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String csrf = Jsoup.parse(form).select("input[name=_csrf]").val();
        String credentials = "username=" + URLEncoder.encode(DEMO_EDITOR, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    /** Writes the request body to disk (so the test itself holds nothing large) and returns the file's SHA-256. */
    private static String writeMultipartBody(Path target, String boundary, String csrf) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (OutputStream out = Files.newOutputStream(target)) {
            StringBuilder fields = new StringBuilder();
            String[][] values = {{"_csrf", csrf}, {"title", "Fifty megabytes"}, {"summary", "A very large report"},
                    {"type", "project-report"}, {"themes", "1"}, {"language", "en"}, {"visibility", "PUBLIC"},
                    {"action", "publish"}};
            for (String[] field : values) {
                fields.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
                        .append("\"\r\n\r\n").append(field[1]).append("\r\n");
            }
            fields.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.pdf\"\r\n")
                    .append("Content-Type: application/pdf\r\n\r\n");
            out.write(fields.toString().getBytes(StandardCharsets.UTF_8));
            try (DigestOutputStream file = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
                byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
                out.write(header);
                file.write(header);
                Random random = new Random(42);
                byte[] chunk = new byte[1024 * 1024];
                long remaining = FIFTY_MEGABYTES - header.length;
                while (remaining > 0) {
                    random.nextBytes(chunk);
                    int length = (int) Math.min(chunk.length, remaining);
                    out.write(chunk, 0, length);
                    file.write(chunk, 0, length);
                    remaining -= length;
                }
            }
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

package org.apirnet.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.IntPredicate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apirnet.PortalApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal when its database dies, each case in a portal of its own (the shared test context must not lose its
 * database): pages answer 503 within seconds instead of hanging, readiness turns DOWN, and service comes back by
 * itself once the database does. Visitors' page cache is off so that every request really needs the database.
 */
class DatabaseOutageTests {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);
    private static final Duration BACK_WITHIN = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dataDir;

    @Test
    void aDatabaseServerThatGoesAwayMeans503AndReadinessDownThenServiceResumesWhenItIsBack() throws Exception {
        Path cluster = dataDir.resolve("server");
        EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false).start();
        int databasePort = database.getPort();
        try (ConfigurableApplicationContext portal = startPortal(
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres")) {
            String base = baseUrl(portal);
            String resourcePage = base + aPublicResourcePath(portal);
            assertThat(status(resourcePage)).isEqualTo(200);
            assertThat(status(base + "/actuator/health/readiness")).isEqualTo(200);

            database.close();
            long lost = System.nanoTime();

            HttpResponse<String> page = awaitStatus(resourcePage, code -> code == 503, ANSWER_WITHIN);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(page.body()).contains("AP-IRNet is briefly unavailable", "Nothing you saved has been lost")
                    .doesNotContain("Exception", "at org.");
            assertThat(awaitStatus(base + "/actuator/health/readiness", code -> code == 503,
                    ANSWER_WITHIN.minus(Duration.ofNanos(System.nanoTime() - lost))).body())
                    .contains("DOWN").as("no details for anyone who asks").doesNotContain("refused", "localhost", "error");
            assertThat(status(base + "/actuator/health/liveness")).as("restarting the portal would not help").isEqualTo(200);
            assertThat(signIn(base, "admin@demo.apirnet.org", "any password")).as("not told their password is wrong")
                    .endsWith("/login?unavailable");

            database = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false).setPort(databasePort).start();
            awaitStatus(resourcePage, code -> code == 200, BACK_WITHIN);
            awaitStatus(base + "/actuator/health/readiness", code -> code == 200, BACK_WITHIN);
            assertThat(status(base + "/library")).as("lists come from the search index").isEqualTo(200);
        } finally {
            database.close();
        }
    }

    @Test
    void theEmbeddedDatabaseIsDurableAndRestartedByThePortalWhenItsServerIsKilled() throws Exception {
        ProcessHandle restarted;
        try (ConfigurableApplicationContext portal = startPortal()) {
            String base = baseUrl(portal);
            String resourcePage = base + aPublicResourcePath(portal);
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
            jdbc.execute("create table committed_before_the_kill (value text)");
            jdbc.update("insert into committed_before_the_kill values ('kept')");

            EmbeddedDatabase embedded = portal.getBean(EmbeddedDatabase.class);
            ProcessHandle server = embedded.serverProcess().orElseThrow();
            server.destroyForcibly(); // SIGKILL, as an out-of-memory killer would
            server.onExit().get();
            long killed = System.nanoTime();

            // Every answer until service is back is a page or a 503, each within the time allowed; never an error page.
            java.util.List<Integer> answers = new java.util.ArrayList<>();
            long deadline = killed + BACK_WITHIN.toNanos();
            int last = 0;
            while (last != 200 || answers.size() < 2) {
                assertThat(System.nanoTime()).as("service back within " + BACK_WITHIN + "; answers " + answers).isLessThan(deadline);
                long asked = System.nanoTime();
                last = status(resourcePage);
                assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(ANSWER_WITHIN);
                answers.add(last);
                Thread.sleep(50);
            }
            assertThat(answers).as("answers while the server was restarted").allMatch(code -> code == 200 || code == 503);
            awaitStatus(base + "/actuator/health/readiness", code -> code == 200, BACK_WITHIN);

            restarted = embedded.serverProcess().orElseThrow();
            assertThat(restarted).isNotEqualTo(server);
            assertThat(jdbc.queryForObject("select value from committed_before_the_kill", String.class)).isEqualTo("kept");
        }
        // Stopping the portal stops its server for good: the watchdog does not bring it back.
        restarted.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        Thread.sleep(2000);
        assertThat(dataDir.resolve("portal/postgres/postmaster.pid")).doesNotExist();
    }

    private ConfigurableApplicationContext startPortal(String... extra) {
        String[] common = {
                "--server.port=0",
                "--apirnet.data-dir=" + dataDir.resolve("portal"),
                "--apirnet.page-cache.enabled=false",
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
                "--spring.main.banner-mode=off",
                "--spring.profiles.active=demo",
        };
        String[] arguments = new String[common.length + extra.length];
        System.arraycopy(common, 0, arguments, 0, common.length);
        System.arraycopy(extra, 0, arguments, common.length, extra.length);
        return new SpringApplicationBuilder(PortalApplication.class).run(arguments);
    }

    /** Signs in through the form (with its CSRF token and session cookie); returns where the portal sent the browser. */
    private static String signIn(String base, String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).as("the sign-in form has its token").isTrue();
        String body = "username=" + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8)
                + "&_csrf=" + token.group(1);
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    /** A page that reads the database on every request (lists are answered from the search index). */
    private static String aPublicResourcePath(ConfigurableApplicationContext portal) {
        return "/library/" + portal.getBean(JdbcTemplate.class).queryForObject(
                "select min(id) from resource where status = 'PUBLISHED' and visibility = 'PUBLIC'", Long.class);
    }

    private static String baseUrl(ConfigurableApplicationContext portal) {
        return "http://localhost:" + ((WebServerApplicationContext) portal).getWebServer().getPort();
    }

    private static int status(String url) throws IOException, InterruptedException {
        return get(url).statusCode();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", url.contains("/actuator/") ? "application/json" : "text/html")
                .timeout(Duration.ofSeconds(20)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Asks until the answer's status passes, each answer itself counted against the time allowed. */
    private static HttpResponse<String> awaitStatus(String url, IntPredicate wanted, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(url);
            if (wanted.test(last.statusCode()) && System.nanoTime() <= deadline) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(url + " did not answer as expected within " + within + "; last status "
                + (last == null ? "none" : last.statusCode()));
    }
}

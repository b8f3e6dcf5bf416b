package org.apirnet.benchmarks;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import jakarta.persistence.EntityManagerFactory;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.SqlStatementCounter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Server-side latency of the main pages with a realistic library (2,000 resources, 85 members), through the real
 * server on a real PostgreSQL. Prints figures; asserts only that pages answer. Not part of {@code ./mvnw verify}
 * (the name matches no test pattern); run it with:
 * {@code ./mvnw test -Dtest=PageLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class PageLatencyBenchmark extends PortalIntegrationTest {

    private static final int RESOURCES = 2_000;
    private static final int MEMBERS = 85;
    private static final int WARMUP = 50;
    private static final int SAMPLES = 300;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void measureMainPages() throws Exception {
        assumeFalse(Boolean.getBoolean("apirnet.test.smallHeap"), "figures come from the normal test JVM");
        seed();
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI base = URI.create("http://localhost:" + port);
        signIn(http, base);
        long someResource = jdbc.queryForObject("select max(id) from resource where visibility = 'PUBLIC'", Long.class);
        List<String> pages = List.of("/", "/library", "/library?theme=wage-policy&country=kh", "/library?page=40",
                "/library/" + someResource, "/themes/collective-bargaining", "/countries/th", "/members", "/members?q=bench&country=TH");
        System.out.printf("%nPage latency, %d resources, %d members, %d samples each (ms)%n", RESOURCES, MEMBERS, SAMPLES);
        System.out.printf("%-45s %7s %7s %7s %7s%n", "page", "p50", "p95", "max", "SQL");
        SqlStatementCounter counter = new SqlStatementCounter(entityManagerFactory);
        for (String page : pages) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + page)).build();
            for (int i = 0; i < WARMUP; i++) {
                http.send(request, HttpResponse.BodyHandlers.discarding());
            }
            long statements = counter.count(() -> assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200));
            double[] millis = new double[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                long start = System.nanoTime();
                http.send(request, HttpResponse.BodyHandlers.discarding());
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf("%-45s %7.1f %7.1f %7.1f %7d%n", page, millis[SAMPLES / 2], millis[(int) (SAMPLES * 0.95)],
                    millis[SAMPLES - 1], statements);
        }
    }

    private void seed() {
        Random random = new Random(7);
        long editor = jdbc.queryForObject("select id from account where email = ?", Long.class, DEMO_EDITOR);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < RESOURCES; i++) {
            Instant published = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(random.nextInt(180_000_000));
            rows.add(new Object[] {"Benchmark resource " + i, "Summary of benchmark resource " + i + " on wages and bargaining.",
                    (short) (1 + random.nextInt(8)), random.nextInt(10) < 8 ? "PUBLIC" : "MEMBERS", editor, Timestamp.from(published),
                    Date.valueOf(LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1))});
        }
        jdbc.batchUpdate("insert into resource (title, summary, resource_type_id, language, visibility, status, created_by, created_at, "
                + "updated_by, updated_at, published_at, publication_date) values (?, ?, ?, 'en', ?, 'PUBLISHED', ?, now(), ?, now(), ?, ?)",
                rows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[4], r[5], r[6]}).toList());
        jdbc.update("insert into resource_theme (resource_id, theme_id) select id, 1 + (id % 18) from resource where title like 'Benchmark%'");
        jdbc.update("insert into resource_theme (resource_id, theme_id) select id, 1 + ((id * 7) % 18) from resource "
                + "where title like 'Benchmark%' on conflict do nothing");
        jdbc.update("insert into resource_country (resource_id, country_iso2) select r.id, c.iso2 from resource r "
                + "join (select iso2, row_number() over (order by iso2) - 1 as n from country) c on c.n = r.id % 35 where r.title like 'Benchmark%'");
        String hash = jdbc.queryForObject("select password_hash from account where email = ?", String.class, DEMO_MEMBER);
        for (int i = 0; i < MEMBERS; i++) {
            Long id = jdbc.queryForObject("insert into account (email, display_name, password_hash, status, organization, country_iso2, "
                    + "constituency_group_id, email_confirmed_at, joined_at) values (?, ?, ?, 'ACTIVE', ?, ?, ?, now(), now()) returning id",
                    Long.class, "bench" + i + "@bench.apirnet.org", "Bench Member " + i, hash, "Organization " + (i % 17),
                    i % 2 == 0 ? "TH" : "KH", (short) (1 + i % 7));
            jdbc.update("insert into account_role (account_id, role_name) values (?, 'MEMBER')", id);
            jdbc.update("insert into account_theme (account_id, theme_id) values (?, ?)", id, (short) (1 + i % 18));
        }
    }

    private void signIn(HttpClient http, URI base) throws Exception {
        String csrf = Jsoup.parse(http.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).select("input[name=_csrf]").val();
        String form = "username=" + URLEncoder.encode(DEMO_MEMBER, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
        http.send(HttpRequest.newBuilder(base.resolve("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }
}

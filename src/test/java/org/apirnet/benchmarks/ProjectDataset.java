package org.apirnet.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apirnet.platform.PlainText;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The projects of the benchmark dataset: {@code bench.projects} (300) ILO projects and programmes over fifteen years,
 * as a regional office's portfolio leaves them: most completed, about a fifth active, a few in the pipeline; one to
 * four countries each (a fifth regional), one to three themes, two donors and a few partners; a few drafts and
 * archived ones. Then about a third of the news (project news and project reports, and some of the rest) and one
 * resource and one event in twenty and ten are made to name a project, spread over the published ones, so a project page lists a few dozen
 * items, as a real one would.
 */
final class ProjectDataset {

    private static final List<String> DONORS = List.of("Government of Japan", "Government of Sweden", "European Union",
            "Government of Australia", "Government of New Zealand", "Government of Korea", "Government of Norway",
            "United States Department of Labor", "Government of Switzerland", "ILO Regular Budget Supplementary Account");
    private static final List<String> PARTNERS = List.of("Ministry of Labour", "National Employers' Federation",
            "National Trade Union Congress", "Labour Inspectorate", "National Wage Council", "Labour Court",
            "Chamber of Commerce and Industry", "Women Workers' Network", "University Labour Studies Centre",
            "Garment Manufacturers' Association");
    private static final List<String> PREFIXES = List.of("Strengthening", "Improving", "Promoting", "Supporting",
            "Building capacity for", "Advancing");

    private final DatasetGenerator generator;
    private final JdbcTemplate jdbc;
    private final SplittableRandom random;
    private final GeneratedText text;

    ProjectDataset(DatasetGenerator generator, JdbcTemplate jdbc, SplittableRandom random, GeneratedText text) {
        this.generator = generator;
        this.jdbc = jdbc;
        this.random = random;
        this.text = text;
    }

    /**
     * Writes the projects and links news and resources to them; returns the path ({@code /projects/{id}-{slug}}) of a
     * public published project with news and resources, for the benchmark to request.
     */
    String generate(int count, List<Short> themes, Map<String, String> countries, List<Long> editors) throws Exception {
        List<String> codes = List.copyOf(countries.keySet());
        long first = generator.nextId("project");
        Instant now = Instant.now();
        LocalDate today = LocalDate.now();
        DatasetGenerator.Copy projects = generator.new Copy("project (id, title, slug, summary, objectives_markdown, donors, partners, "
                + "start_date, end_date, contact_name, contact_email, stage, language, visibility, status, created_by, created_at, "
                + "updated_by, updated_at, published_at, version)");
        DatasetGenerator.Copy projectThemes = generator.new Copy("project_theme (project_id, theme_id)");
        DatasetGenerator.Copy projectCountries = generator.new Copy("project_country (project_id, country_iso2)");
        String sample = null;
        for (int i = 0; i < count; i++) {
            long id = first + i;
            int roll = random.nextInt(100);
            LocalDate start = roll < 8 ? today.plusDays(30 + random.nextInt(365)) // pipeline: starts next year or so
                    : roll < 28 ? today.minusDays(random.nextInt(3 * 365)) // active
                    : today.minusDays(3 * 365 + random.nextInt(12 * 365)); // completed
            String stage = roll < 8 ? "PIPELINE" : roll < 28 ? "ACTIVE" : "COMPLETED";
            LocalDate end = roll < 8 && random.nextBoolean() ? null : start.plusMonths(18 + random.nextInt(48));
            if ("COMPLETED".equals(stage) && end != null && end.isAfter(today)) {
                end = today.minusDays(1 + random.nextInt(300));
                end = end.isBefore(start) ? start.plusMonths(6) : end;
            }
            List<String> tagged = random.nextInt(5) == 0 ? List.of() : generator.distinct(codes, 1 + random.nextInt(4));
            String topic = text.topic();
            String where = tagged.isEmpty() ? "Asia and the Pacific" : countries.get(tagged.getFirst());
            String title = text.pick(PREFIXES) + " " + topic + " in " + where;
            String status = i % 50 == 7 ? "DRAFT" : i % 50 == 8 ? "ARCHIVED" : "PUBLISHED";
            long editor = text.pick(editors);
            Instant created = start.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().minus(Duration.ofDays(60));
            Instant at = created.isAfter(now) ? now : created;
            String slug = PlainText.slugOf(title, 80).orElse("project");
            projects.row(id, title, slug, text.summary(topic, tagged.isEmpty() ? null : where), text.body(topic),
                    String.join("\n", generator.distinct(DONORS, 1 + random.nextInt(2))),
                    String.join("\n", generator.distinct(PARTNERS, 2 + random.nextInt(3))), start, end,
                    "ILO Country Office", "project-" + (i + 1) + "@example.org", stage, "en", "PUBLIC", status, editor, at, editor,
                    at, "DRAFT".equals(status) ? null : at, 0);
            for (Short theme : generator.distinct(themes, 1 + random.nextInt(3))) {
                projectThemes.row(id, theme);
            }
            for (String code : tagged) {
                projectCountries.row(id, code);
            }
            if (sample == null && "PUBLISHED".equals(status)) {
                sample = "/projects/" + id + "-" + slug;
            }
        }
        projects.flush();
        projectThemes.flush();
        projectCountries.flush();
        generator.restartIdentity("project");
        generator.progress("%,d projects", count);

        // Spread over the projects by a hash of the item's id: deterministic, and every project gets its share.
        String project = first + " + ((id * 7919) % " + count + ")";
        int news = jdbc.update("update news_item set project_id = " + project + " where news_kind in ('ILO_PROJECT_NEWS', "
                + "'PROJECT_REPORT') or id % 10 = 0");
        int resources = jdbc.update("update resource set project_id = " + project + " where id % 20 = 0");
        int events = jdbc.update("update event set project_id = " + project + " where id % 10 = 0");
        generator.progress("%,d news items, %,d resources and %,d events name a project", news, resources, events);
        return sample == null ? "/projects" : sample;
    }
}

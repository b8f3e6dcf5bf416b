package org.apirnet.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.apirnet.PortalApplication;
import org.apirnet.platform.RichText;
import org.hibernate.search.mapper.orm.Search;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Fills a portal's database with a large, deterministic dataset for the load benchmark (bench/benchmark.sh): 5,000
 * members across constituency groups and countries, 100,000 published resources (plus drafts, submissions waiting for
 * review, archived and rejected ones) with one or two attached text files of a few KB each, some of them in Thai,
 * Vietnamese, Khmer and Chinese, written to the file store as real files; 5,000 events over past and future years; 500
 * moderated discussions with 50,000 replies ({@link DiscussionDataset}); 20,000 news items over five years, three in
 * ten with an image (real JPEG renditions); 300 ILO projects, which a third of the news and one resource in twenty name
 * ({@link ProjectDataset}); 2,000 blog posts with up to six comments each ({@link BlogDataset}). Then it builds the search index.
 * <p>
 * It starts the portal itself (Flyway creates the schema; without a datasource URL the embedded PostgreSQL runs in
 * {@code apirnet.data-dir}), writes with PostgreSQL's COPY, and prints its progress. The same seed gives the same
 * data. A dataset that is already there is left alone, except that a part a later module added (news, projects, blog)
 * is written into it when missing.
 * <p>
 * Arguments: {@code --apirnet.data-dir=target/bench-data --bench.resources=100000 --bench.members=5000 --bench.events=5000
 * --bench.discussions=500 --bench.replies=50000 --bench.news=20000 --bench.projects=300 --bench.blog-posts=2000 --bench.seed=42}.
 */
public final class DatasetGenerator {

    static final String MEMBER_EMAIL = "bench-member-0@bench.apirnet.org";
    static final String PASSWORD = "benchmark-password";
    private static final int EDITORS = 10;
    /** The theme in focus: the one whose page the benchmark requests. */
    private static final String FOCUS_THEME = "wage-policy";
    /** Indicators every country has (most of) a value of: the comparison of all countries is measured with them. */
    private static final int INDICATORS = 30;
    static final int CHUNK = 2_000;
    /** The region's time zones (and Geneva's) that events and discussions are set in. */
    static final List<String> ZONES = List.of("Asia/Bangkok", "Asia/Jakarta", "Asia/Manila", "Asia/Ho_Chi_Minh", "Asia/Dhaka",
            "Asia/Kolkata", "Asia/Tokyo", "Pacific/Fiji", "Australia/Sydney", "Europe/Zurich");

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final PasswordEncoder passwordEncoder;
    private final Path filesDir;
    private final SplittableRandom random;
    private final GeneratedText text;
    private final int resourceCount;
    private final int memberCount;
    private final int eventCount;
    private final int discussionCount;
    private final int replyCount;
    private final RichText richText;
    private final int newsCount;
    private final int blogPostCount;
    private final int projectCount;
    private final Instant started = Instant.now();

    private DatasetGenerator(ConfigurableApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.dataSource = context.getBean(DataSource.class);
        this.passwordEncoder = context.getBean(PasswordEncoder.class);
        var environment = context.getEnvironment();
        this.filesDir = Path.of(environment.getProperty("apirnet.data-dir", "data")).resolve("files");
        this.random = new SplittableRandom(environment.getProperty("bench.seed", Long.class, 42L));
        this.text = new GeneratedText(random);
        this.resourceCount = environment.getProperty("bench.resources", Integer.class, 100_000);
        this.memberCount = environment.getProperty("bench.members", Integer.class, 5_000);
        this.eventCount = environment.getProperty("bench.events", Integer.class, 5_000);
        this.discussionCount = environment.getProperty("bench.discussions", Integer.class, 500);
        this.replyCount = environment.getProperty("bench.replies", Integer.class, 50_000);
        this.richText = context.getBean(RichText.class);
        this.newsCount = environment.getProperty("bench.news", Integer.class, 20_000);
        this.projectCount = environment.getProperty("bench.projects", Integer.class, 300);
        this.blogPostCount = environment.getProperty("bench.blog-posts", Integer.class, 2_000);
    }

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(PortalApplication.class);
        application.setDefaultProperties(Map.of("server.port", "0", "spring.main.banner-mode", "off",
                "logging.level.org.hibernate.search.mapper.orm.massindexing", "info"));
        try (ConfigurableApplicationContext context = application.run(args)) {
            DatasetGenerator generator = new DatasetGenerator(context);
            Path dataDir = Path.of(context.getEnvironment().getProperty("apirnet.data-dir", "data"));
            if (generator.alreadyGenerated()) {
                generator.progress("Dataset already present in %s; nothing generated", dataDir);
                generator.addMissingParts(dataDir);
            } else {
                generator.generate(dataDir);
            }
            generator.buildSearchIndex(context.getBean(EntityManagerFactory.class));
            generator.progress("Done in %s", Duration.between(generator.started, Instant.now()).toSeconds() + " s");
        }
    }

    private boolean alreadyGenerated() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from account where email = ?)", Boolean.class, MEMBER_EMAIL));
    }

    private void generate(Path dataDir) throws Exception {
        List<Short> themes = jdbc.queryForList("select id from theme order by position", Short.class);
        Map<String, String> countries = new LinkedHashMap<>();
        jdbc.query("select iso2, name from country order by iso2", row -> {
            countries.put(row.getString("iso2"), row.getString("name"));
        });
        List<Short> types = jdbc.queryForList("select id from resource_type order by position", Short.class);
        List<Short> groups = jdbc.queryForList("select id from constituency_group order by position", Short.class);

        List<Long> editors = new ArrayList<>();
        List<Long> members = new ArrayList<>();
        generateAccounts(themes, new ArrayList<>(countries.keySet()), groups, editors, members);
        long samplePublic = generateResources(themes, countries, types, editors, members);
        long sampleEvent = generateEvents(themes, new ArrayList<>(countries.keySet()), editors, members);
        generateIndicatorValues(new ArrayList<>(countries.keySet()), editors);
        DiscussionDataset.Samples discussions = new DiscussionDataset(this, jdbc, random, text, richText)
                .generate(discussionCount, replyCount, themes, countries, editors, members);
        String sampleNews = generateNews(themes, new ArrayList<>(countries.keySet()), editors, members);
        String sampleProject = new ProjectDataset(this, jdbc, random, text).generate(projectCount, themes, countries, editors);
        generateFocus(editors);
        String sampleBlog = new BlogDataset(this, random, text).generate(blogPostCount, themes, new ArrayList<>(countries.keySet()), editors, members);

        Properties sample = new Properties();
        sample.setProperty("member.email", MEMBER_EMAIL);
        sample.setProperty("member.password", PASSWORD);
        sample.setProperty("resource.public", Long.toString(samplePublic));
        sample.setProperty("event.public", Long.toString(sampleEvent));
        sample.setProperty("discussion.small", Long.toString(discussions.small()));
        sample.setProperty("discussion.large", Long.toString(discussions.large()));
        sample.setProperty("news.public", sampleNews);
        sample.setProperty("project.public", sampleProject);
        sample.setProperty("focus.theme", FOCUS_THEME);
        sample.setProperty("blog.public", sampleBlog);
        Files.createDirectories(dataDir);
        try (var out = Files.newBufferedWriter(dataDir.resolve("benchmark.properties"))) {
            sample.store(out, "Written by DatasetGenerator: what the benchmark script requests");
        }
    }

    /**
     * A dataset generated before a module existed gets that module's part (and the sample the benchmark asks for)
     * added, in the order the parts depend on each other: news, then projects (which news and resources name).
     */
    private void addMissingParts(Path dataDir) throws Exception {
        Properties sample = new Properties();
        Path file = dataDir.resolve("benchmark.properties");
        try (var in = Files.newBufferedReader(file)) {
            sample.load(in);
        }
        if (sample.containsKey("news.public") && sample.containsKey("project.public") && sample.containsKey("focus.theme")
                && sample.containsKey("blog.public")) {
            return;
        }
        List<Short> themes = jdbc.queryForList("select id from theme order by position", Short.class);
        Map<String, String> countries = new LinkedHashMap<>();
        jdbc.query("select iso2, name from country order by iso2", row -> {
            countries.put(row.getString("iso2"), row.getString("name"));
        });
        List<Long> editors = jdbc.queryForList("select account_id from account_role where role_name = 'EDITOR' order by account_id", Long.class);
        List<Long> members = jdbc.queryForList("select id from account where email like 'bench-member-%' order by id limit 1000", Long.class);
        if (!sample.containsKey("news.public")) {
            sample.setProperty("news.public", generateNews(themes, new ArrayList<>(countries.keySet()), editors, members));
        }
        if (!sample.containsKey("project.public")) {
            sample.setProperty("project.public", new ProjectDataset(this, jdbc, random, text).generate(projectCount, themes, countries, editors));
        }
        if (!sample.containsKey("focus.theme")) {
            generateFocus(editors);
            sample.setProperty("focus.theme", FOCUS_THEME);
        }
        if (!sample.containsKey("blog.public")) {
            sample.setProperty("blog.public", new BlogDataset(this, random, text).generate(blogPostCount, themes,
                    new ArrayList<>(countries.keySet()), editors, members));
        }
        try (var out = Files.newBufferedWriter(file)) {
            sample.store(out, "Written by DatasetGenerator: what the benchmark script requests");
        }
    }

    /**
     * The special thematic focus on the theme page the benchmark requests, from a month ago to a month ahead, with six
     * items of several kinds (the newest public published of each, one members-only resource): home and that theme
     * page are measured as they look on most days.
     */
    private void generateFocus(List<Long> editors) {
        long editor = editors.getFirst();
        long focusId = jdbc.queryForObject("""
                insert into thematic_focus (theme_id, headline, introduction_markdown, introduction_html, starts_on, ends_on,
                                            created_by, updated_by)
                select id, 'Minimum wages after the pandemic', 'How wage boards in the region **adjusted**.',
                       '<p>How wage boards in the region <strong>adjusted</strong>.</p>', current_date - 30, current_date + 30, ?, ?
                from theme where slug = ? returning id""", Long.class, editor, editor, FOCUS_THEME);
        String[][] picks = {
                {"resource", "select max(id) from resource where status = 'PUBLISHED' and visibility = 'PUBLIC'"},
                {"resource", "select max(id) from resource where status = 'PUBLISHED' and visibility = 'MEMBERS'"},
                {"news", "select max(id) from news_item where status = 'PUBLISHED' and visibility = 'PUBLIC'"},
                {"event", "select max(id) from event where status = 'PUBLISHED' and visibility = 'PUBLIC'"},
                {"discussion", "select max(id) from discussion where status = 'PUBLISHED' and visibility = 'PUBLIC'"},
                {"project", "select max(id) from project where status = 'PUBLISHED' and visibility = 'PUBLIC'"}};
        int position = 0;
        for (String[] pick : picks) {
            Long id = jdbc.queryForObject(pick[1], Long.class);
            if (id != null) {
                jdbc.update("insert into thematic_focus_item (focus_id, position, kind, item_id) values (?, ?, ?, ?)",
                        focusId, position++, pick[0], id);
            }
        }
        progress("a thematic focus on %s with %d items", FOCUS_THEME, position);
    }

    /**
     * Writes {@code bench.news} news items (20,000 by default) published over the last five years, across kinds,
     * themes and countries (a quarter regional); some members-only, a few pending, rejected and archived; three in ten
     * with an image, whose renditions are real JPEGs in the file store (twenty pictures shared among them). Returns
     * the path ({@code /news/{id}-{slug}}) of a public published item for the benchmark to request.
     */
    private String generateNews(List<Short> themes, List<String> codes, List<Long> editors, List<Long> members) throws Exception {
        String[] kinds = {"COUNTRY_NEWS", "COUNTRY_NEWS", "ILO_PROJECT_NEWS", "PROJECT_REPORT", "NEW_PROGRAMME_DEVELOPMENT"};
        List<String[]> pictures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pictures.add(new String[] {storeJpeg(480, 270, i), "480", "270", storeJpeg(1200, 675, i), "1200", "675"});
        }
        long nextNews = nextId("news_item");
        String sample = null;
        Instant now = Instant.now();
        Copy items = new Copy("news_item (id, title, slug, summary, body_markdown, news_kind, image_alt, image_card_key, "
                + "image_card_width, image_card_height, image_wide_key, image_wide_width, image_wide_height, language, visibility, "
                + "status, rejection_reason, created_by, created_at, updated_by, updated_at, published_at, version)");
        Copy itemThemes = new Copy("news_item_theme (news_item_id, theme_id)");
        Copy itemCountries = new Copy("news_item_country (news_item_id, country_iso2)");
        for (int i = 0; i < newsCount; i++) {
            long id = nextNews++;
            String status = switch (i % 100) {
                case 0, 1 -> "PENDING";
                case 2 -> "REJECTED";
                case 3 -> "ARCHIVED";
                default -> "PUBLISHED";
            };
            boolean submitted = "PENDING".equals(status) || "REJECTED".equals(status) || random.nextInt(8) == 0;
            long author = submitted ? text.pick(members) : text.pick(editors);
            String visibility = random.nextInt(100) < 90 ? "PUBLIC" : "MEMBERS";
            List<String> tagged = random.nextInt(4) == 0 ? List.of() : distinct(codes, 1 + (random.nextInt(5) == 0 ? 1 : 0));
            String topic = text.topic();
            String title = "News: " + text.title(topic, null, text.language());
            Instant published = now.minus(Duration.ofMinutes(random.nextLong(5L * 365 * 24 * 60)));
            String[] picture = random.nextInt(10) < 3 ? pictures.get(random.nextInt(pictures.size())) : null;
            items.row(id, title, org.apirnet.platform.PlainText.slugOf(title, 80).orElse("news"), text.summary(topic, null),
                    text.body(topic), kinds[random.nextInt(kinds.length)], picture == null ? null : "Participants of a meeting on " + topic,
                    picture == null ? null : picture[0], picture == null ? null : picture[1], picture == null ? null : picture[2],
                    picture == null ? null : picture[3], picture == null ? null : picture[4], picture == null ? null : picture[5],
                    "en", visibility, status, "REJECTED".equals(status) ? "Outside the network's scope." : null, author, published,
                    author, published, "PUBLISHED".equals(status) || "ARCHIVED".equals(status) ? published : null, 0);
            for (Short theme : distinct(themes, 1 + random.nextInt(3))) {
                itemThemes.row(id, theme);
            }
            for (String code : tagged) {
                itemCountries.row(id, code);
            }
            if (sample == null && "PUBLISHED".equals(status) && "PUBLIC".equals(visibility) && picture != null) {
                sample = "/news/" + id + "-" + org.apirnet.platform.PlainText.slugOf(title, 80).orElse("news");
            }
            if ((i + 1) % CHUNK == 0 || i == newsCount - 1) {
                items.flush();
                itemThemes.flush();
                itemCountries.flush();
            }
        }
        restartIdentity("news_item");
        progress("%,d news items", newsCount);
        return sample == null ? "/news" : sample;
    }

    /** A picture in the file store as a JPEG of that size; its key. */
    private String storeJpeg(int width, int height, int variant) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.getHSBColor(variant / 20f, 0.5f, 0.8f));
        g.fillRect(0, 0, width, height);
        g.setColor(java.awt.Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", out);
        String key = storageKey();
        writeFile(key, out.toByteArray());
        return key;
    }

    private void generateAccounts(List<Short> themes, List<String> countries, List<Short> groups, List<Long> editors,
                                  List<Long> members) throws Exception {
        long nextId = nextId("account");
        String hash = passwordEncoder.encode(PASSWORD); // one hash for all: hashing is slow on purpose
        Copy accounts = new Copy("account (id, email, display_name, password_hash, status, created_at, updated_at, organization, "
                + "job_title, country_iso2, constituency_group_id, bio, profile_visibility, email_confirmed_at, joined_at)");
        Copy roles = new Copy("account_role (account_id, role_name)");
        Copy interests = new Copy("account_theme (account_id, theme_id)");
        int total = EDITORS + memberCount;
        for (int i = 0; i < total; i++) {
            long id = nextId++;
            boolean editor = i < EDITORS;
            String email = editor ? "bench-editor-" + i + "@bench.apirnet.org" : "bench-member-" + (i - EDITORS) + "@bench.apirnet.org";
            Instant joined = Instant.parse("2023-01-01T00:00:00Z").plusSeconds(random.nextLong(3L * 365 * 24 * 3600));
            accounts.row(id, email, text.personName(), hash, "ACTIVE", joined, joined, "Organization " + random.nextInt(400),
                    random.nextInt(3) == 0 ? null : "Labour relations officer", text.pick(countries), text.pick(groups), null,
                    random.nextInt(4) == 0 ? "PUBLIC" : "MEMBERS", joined, joined);
            roles.row(id, "MEMBER");
            if (editor) {
                roles.row(id, "EDITOR");
                editors.add(id);
            } else {
                members.add(id);
            }
            for (Short theme : distinct(themes, 1 + random.nextInt(3))) {
                interests.row(id, theme);
            }
        }
        accounts.flush();
        roles.flush();
        interests.flush();
        restartIdentity("account");
        progress("%,d accounts (%d editors)", total, EDITORS);
    }

    /** Writes the resources in chunks; returns the id of a public published resource for the benchmark to request. */
    private long generateResources(List<Short> themes, Map<String, String> countries, List<Short> types, List<Long> editors,
                                   List<Long> members) throws Exception {
        List<String> codes = new ArrayList<>(countries.keySet());
        long nextResource = nextId("resource");
        long nextAttachment = nextId("resource_attachment");
        long samplePublic = 0;
        int extra = Math.max(1, resourceCount / 100); // drafts, submissions, archived and rejected besides the published ones
        int total = resourceCount + extra;
        Copy resources = new Copy("resource (id, title, summary, body_markdown, resource_type_id, language, publication_date, "
                + "authors, keywords, external_url, visibility, status, rejection_reason, created_by, created_at, updated_by, updated_at, "
                + "published_at, download_count, submitted, version)");
        Copy resourceThemes = new Copy("resource_theme (resource_id, theme_id)");
        Copy resourceCountries = new Copy("resource_country (resource_id, country_iso2)");
        Copy attachments = new Copy("resource_attachment (id, resource_id, storage_key, original_name, media_type, size_bytes, sha256, "
                + "uploaded_at, text_status, extracted_text, extraction_error, download_count)");
        for (int i = 0; i < total; i++) {
            long id = nextResource++;
            String status = i < resourceCount ? "PUBLISHED" : switch (i % 4) {
                case 0 -> "DRAFT";
                case 1 -> "PENDING";
                case 2 -> "ARCHIVED";
                default -> "REJECTED";
            };
            boolean submitted = "PENDING".equals(status) || "REJECTED".equals(status) || random.nextInt(10) == 0;
            long author = submitted ? text.pick(members) : text.pick(editors);
            String visibility = random.nextInt(100) < 85 ? "PUBLIC" : "MEMBERS";
            GeneratedText.Language language = text.language();
            List<String> tagged = random.nextInt(5) == 0 ? List.of() : distinct(codes, 1 + (random.nextInt(4) == 0 ? 1 : 0));
            String topic = text.topic();
            String countryName = tagged.isEmpty() ? null : countries.get(tagged.getFirst());
            Instant created = Instant.parse("2005-01-01T00:00:00Z").plusSeconds(random.nextLong(21L * 365 * 24 * 3600 + 300L * 24 * 3600));
            LocalDate publicationDate = LocalDate.ofInstant(created, ZoneOffset.UTC).minusDays(random.nextInt(200));
            int files = random.nextInt(10) == 0 ? 0 : random.nextInt(5) == 0 ? 2 : 1;
            String externalUrl = files == 0 ? "https://www.ilo.org/resource/" + id : null;
            resources.row(id, text.title(topic, countryName, language), text.summary(topic, countryName), text.body(topic),
                    text.pick(types), language.code, publicationDate, text.authors(), text.keywords(topic), externalUrl, visibility,
                    status, "REJECTED".equals(status) ? "Outside the portal's scope" : null, author, created, author, created,
                    "PUBLISHED".equals(status) || "ARCHIVED".equals(status) ? created : null, random.nextInt(200), submitted, 0);
            for (Short theme : distinct(themes, 1 + random.nextInt(3))) {
                resourceThemes.row(id, theme);
            }
            for (String code : tagged) {
                resourceCountries.row(id, code);
            }
            for (int f = 0; f < files; f++) {
                String content = text.document(language, 2_000, 6_000);
                byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
                String key = storageKey();
                writeFile(key, bytes);
                attachments.row(nextAttachment++, id, key, "report-" + id + "-" + (f + 1) + ".txt", "text/plain", bytes.length,
                        sha256(bytes), created, "EXTRACTED", content, null, random.nextInt(100));
            }
            if (samplePublic == 0 && "PUBLISHED".equals(status) && "PUBLIC".equals(visibility) && files > 0 && !tagged.isEmpty()) {
                samplePublic = id;
            }
            if ((i + 1) % CHUNK == 0 || i == total - 1) {
                resources.flush();
                resourceThemes.flush();
                resourceCountries.flush();
                attachments.flush();
                if ((i + 1) % (CHUNK * 5) == 0 || i == total - 1) {
                    progress("%,d of %,d resources", i + 1, total);
                }
            }
        }
        restartIdentity("resource");
        restartIdentity("resource_attachment");
        jdbc.execute("analyze");
        return samplePublic;
    }

    /**
     * Writes {@code bench.events} events (5,000 by default) spread over three years before and two after now, across
     * types, themes, countries and the region's time zones; a few cancelled, some members-only, a few pending and
     * archived. Returns the id of a public published upcoming event for the benchmark to request.
     */
    private long generateEvents(List<Short> themes, List<String> codes, List<Long> editors, List<Long> members) throws Exception {
        String[] types = {"MEETING", "CONFERENCE", "WORKSHOP", "TRAINING_COURSE", "WEBINAR", "VIRTUAL_WORKSHOP"};
        long nextEvent = nextId("event");
        long sample = 0;
        Instant now = Instant.now();
        Copy events = new Copy("event (id, title, summary, body_markdown, event_type, starts_at, ends_at, time_zone, venue, "
                + "online_url, organizer, audience, registration_url, registration_deadline, report_url, cancelled, sequence, "
                + "language, visibility, status, rejection_reason, created_by, created_at, updated_by, updated_at, published_at, version)");
        Copy eventThemes = new Copy("event_theme (event_id, theme_id)");
        Copy eventCountries = new Copy("event_country (event_id, country_iso2)");
        for (int i = 0; i < eventCount; i++) {
            long id = nextEvent++;
            String status = switch (i % 50) {
                case 0 -> "PENDING";
                case 1 -> "ARCHIVED";
                default -> "PUBLISHED";
            };
            boolean submitted = "PENDING".equals(status) || random.nextInt(10) == 0;
            long author = submitted ? text.pick(members) : text.pick(editors);
            String visibility = random.nextInt(100) < 85 ? "PUBLIC" : "MEMBERS";
            String type = types[random.nextInt(types.length)];
            boolean online = type.equals("WEBINAR") || type.equals("VIRTUAL_WORKSHOP");
            List<String> tagged = random.nextInt(4) == 0 ? List.of() : distinct(codes, 1 + (random.nextInt(4) == 0 ? 1 : 0));
            String topic = text.topic();
            Instant start = now.minus(Duration.ofDays(3 * 365)).plus(Duration.ofHours(random.nextLong(5L * 365 * 24)))
                    .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
            Instant end = start.plus(Duration.ofHours(online ? 2 : 8 + 24L * random.nextInt(3)));
            boolean cancelled = random.nextInt(40) == 0;
            Instant created = start.minus(Duration.ofDays(30 + random.nextInt(120)));
            boolean past = end.isBefore(now);
            events.row(id, "Event: " + text.title(topic, null, text.language()),
                    text.summary(topic, null), text.body(topic), type, start, end, text.pick(ZONES),
                    online ? null : "Venue " + random.nextInt(300), online ? "https://meet.example.org/" + id : null,
                    "ILO ROAP", "Tripartite constituents", "https://www.ilo.org/register/" + id, start.minus(Duration.ofDays(7)),
                    past && random.nextInt(3) == 0 ? "/library/" + (1_000 + random.nextInt(Math.max(1, resourceCount))) : null,
                    cancelled, cancelled ? 1 : 0, "en", visibility, status, null, author, created, author, created,
                    "PUBLISHED".equals(status) || "ARCHIVED".equals(status) ? created : null, 0);
            for (Short theme : distinct(themes, 1 + random.nextInt(3))) {
                eventThemes.row(id, theme);
            }
            for (String code : tagged) {
                eventCountries.row(id, code);
            }
            if (sample == 0 && "PUBLISHED".equals(status) && "PUBLIC".equals(visibility) && !past && !cancelled) {
                sample = id;
            }
            if ((i + 1) % CHUNK == 0 || i == eventCount - 1) {
                events.flush();
                eventThemes.flush();
                eventCountries.flush();
            }
        }
        restartIdentity("event");
        progress("%,d events", eventCount);
        return sample;
    }

    /** Indicators in the bench's own group up to {@link #INDICATORS} in all, and a value of each for every country. */
    private void generateIndicatorValues(List<String> countries, List<Long> editors) throws Exception {
        short group = jdbc.queryForObject("insert into indicator_group (slug, name, position) values ('bench', 'Benchmark indicators', 99) "
                + "returning id", Short.class);
        int existing = jdbc.queryForObject("select count(*) from indicator", Integer.class);
        String[] types = {"NUMBER", "YES_NO", "TEXT", "DATE"};
        for (int i = existing; i < INDICATORS; i++) {
            String type = types[i % types.length];
            jdbc.update("insert into indicator (slug, name, group_id, type, unit, position) values (?, ?, ?, ?, ?, ?)",
                    "bench-" + i, "Benchmark indicator " + i, group, type, "NUMBER".equals(type) ? "%" : null, i);
        }
        Copy values = new Copy("indicator_value (country_iso2, indicator_id, yes_no, since_year, number_value, text_value, "
                + "date_value, choice_value, source_url, reference_year, note, updated_at, updated_by)");
        List<Map<String, Object>> indicators = jdbc.queryForList("select id, type, choices from indicator order by id");
        for (String country : countries) {
            for (Map<String, Object> indicator : indicators) {
                if (random.nextInt(10) == 0) {
                    continue; // some values missing, as in real data
                }
                String type = (String) indicator.get("type");
                boolean yes = random.nextBoolean();
                String[] choices = (String[]) ((java.sql.Array) indicator.get("choices")).getArray();
                values.row(country, indicator.get("id"), "YES_NO".equals(type) ? yes : null,
                        "YES_NO".equals(type) && yes ? 1950 + random.nextInt(75) : null,
                        "NUMBER".equals(type) ? String.format(java.util.Locale.ROOT, "%.1f", random.nextDouble() * 100) : null,
                        "TEXT".equals(type) ? text.summary(text.topic(), null) : null,
                        "DATE".equals(type) ? java.time.LocalDate.of(1970 + random.nextInt(55), 1 + random.nextInt(12), 1) : null,
                        "CHOICE".equals(type) ? choices[random.nextInt(choices.length)] : null,
                        "https://www.ilo.org/", 2015 + random.nextInt(10), null, started, editors.get(random.nextInt(editors.size())));
            }
        }
        values.flush();
        progress("indicator values for %d countries, %d indicators", countries.size(), indicators.size());
    }

    private void buildSearchIndex(EntityManagerFactory entityManagerFactory) throws InterruptedException {
        progress("Building the search index from the database");
        Search.mapping(entityManagerFactory).scope(Object.class).massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(50)
                .startAndWait();
        progress("Search index built");
    }

    long nextId(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return (max == null ? 0 : max) + 1_000; // well clear of rows the portal itself made
    }

    void restartIdentity(String table) {
        jdbc.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
    }

    <T> List<T> distinct(List<T> values, int count) {
        Set<T> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, values.size())) {
            chosen.add(text.pick(values));
        }
        return List.copyOf(chosen);
    }

    private String storageKey() {
        byte[] bytes = new byte[20];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return HexFormat.of().formatHex(bytes);
    }

    private void writeFile(String key, byte[] content) {
        try {
            Path path = filesDir.resolve(key.substring(0, 2)).resolve(key);
            Files.createDirectories(path.getParent());
            Files.write(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    void progress(String format, Object... args) {
        System.out.printf("[dataset %4ds] %s%n", Duration.between(started, Instant.now()).toSeconds(), String.format(format, args));
    }

    /** Rows for one table, sent with COPY in PostgreSQL's text format when flushed. */
    final class Copy {

        private final String target;
        private final StringBuilder rows = new StringBuilder();

        Copy(String target) {
            this.target = target;
        }

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                rows.append(i == 0 ? "" : "\t").append(encode(values[i]));
            }
            rows.append('\n');
        }

        void flush() throws SQLException, IOException {
            if (rows.isEmpty()) {
                return;
            }
            try (Connection connection = dataSource.getConnection()) {
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn("copy " + target + " from stdin", new StringReader(rows.toString()));
            }
            rows.setLength(0);
        }

        private static String encode(Object value) {
            if (value == null) {
                return "\\N";
            }
            String text = value instanceof Instant instant ? instant.toString() : value.toString();
            return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
        }
    }
}

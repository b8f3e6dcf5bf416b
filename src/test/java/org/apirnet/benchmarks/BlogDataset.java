package org.apirnet.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import org.apirnet.platform.PlainText;

/**
 * The blog of the benchmark dataset: {@code bench.blog-posts} (2,000) posts over five years by editors and a few
 * hundred members allowed to write, across the three kinds, themes and countries (a quarter regional); one in ten
 * members-only, a few archived; each with up to six comments, most approved, some waiting for a moderator.
 */
final class BlogDataset {

    private static final String[] KINDS = {"ANALYSIS", "ANALYSIS", "REPORT", "REFLECTION"};

    private final DatasetGenerator generator;
    private final SplittableRandom random;
    private final GeneratedText text;

    BlogDataset(DatasetGenerator generator, SplittableRandom random, GeneratedText text) {
        this.generator = generator;
        this.random = random;
        this.text = text;
    }

    /** Writes the writers, posts and comments; returns the path ({@code /blog/{id}-{slug}}) of a public post. */
    String generate(int count, List<Short> themes, List<String> codes, List<Long> editors, List<Long> members) throws Exception {
        // Not the first member: the benchmark signs in as that one, a reader, as most members are.
        List<Long> writers = members.subList(Math.min(1, members.size()), Math.min(301, members.size()));
        DatasetGenerator.Copy allowed = generator.new Copy("blog_writer (account_id, granted_by, granted_at)");
        Instant now = Instant.now();
        for (Long writer : writers) {
            allowed.row(writer, editors.getFirst(), now.minus(Duration.ofDays(5L * 365)));
        }
        allowed.flush();
        long nextPost = generator.nextId("blog_post");
        long nextComment = generator.nextId("blog_comment");
        DatasetGenerator.Copy posts = generator.new Copy("blog_post (id, title, slug, summary, body_markdown, blog_kind, language, "
                + "visibility, status, created_by, created_at, updated_by, updated_at, published_at, version)");
        DatasetGenerator.Copy postThemes = generator.new Copy("blog_post_theme (blog_post_id, theme_id)");
        DatasetGenerator.Copy postCountries = generator.new Copy("blog_post_country (blog_post_id, country_iso2)");
        DatasetGenerator.Copy comments = generator.new Copy("blog_comment (id, blog_post_id, author_id, body, status, created_at, "
                + "decided_by, decided_at)");
        String sample = null;
        for (int i = 0; i < count; i++) {
            long id = nextPost++;
            String status = i % 100 == 0 ? "ARCHIVED" : "PUBLISHED";
            String visibility = random.nextInt(10) == 0 ? "MEMBERS" : "PUBLIC";
            long author = random.nextInt(3) == 0 ? text.pick(writers) : text.pick(editors);
            String topic = text.topic();
            String title = "Blog: " + text.title(topic, null, text.language());
            String slug = PlainText.slugOf(title, 80).orElse("post");
            Instant published = now.minus(Duration.ofMinutes(random.nextLong(5L * 365 * 24 * 60)));
            posts.row(id, title, slug, text.summary(topic, null), text.body(topic), KINDS[random.nextInt(KINDS.length)], "en",
                    visibility, status, author, published, author, published, published, 0);
            for (Short theme : generator.distinct(themes, 1 + random.nextInt(3))) {
                postThemes.row(id, theme);
            }
            for (String code : random.nextInt(4) == 0 ? List.<String>of() : generator.distinct(codes, 1 + (random.nextInt(5) == 0 ? 1 : 0))) {
                postCountries.row(id, code);
            }
            int commentCount = random.nextInt(7);
            for (int c = 0; c < commentCount; c++) {
                boolean pending = random.nextInt(10) == 0;
                Instant at = published.plus(Duration.ofHours(1 + c));
                comments.row(nextComment++, id, text.pick(members), text.summary(topic, null), pending ? "PENDING" : "PUBLISHED", at,
                        pending ? null : editors.getFirst(), pending ? null : at);
            }
            if (sample == null && "PUBLISHED".equals(status) && "PUBLIC".equals(visibility) && commentCount >= 3) {
                sample = "/blog/" + id + "-" + slug;
            }
            if ((i + 1) % DatasetGenerator.CHUNK == 0 || i == count - 1) {
                posts.flush();
                postThemes.flush();
                postCountries.flush();
                comments.flush();
            }
        }
        generator.restartIdentity("blog_post");
        generator.restartIdentity("blog_comment");
        generator.progress("%,d blog posts", count);
        return sample == null ? "/blog" : sample;
    }
}

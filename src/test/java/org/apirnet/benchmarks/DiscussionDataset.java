package org.apirnet.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.apirnet.platform.RichText;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The discussions of the benchmark dataset: {@code bench.discussions} (500) tagged with themes and countries as the
 * events are, each run by one or two members given the moderator role, with one to four questions, and
 * {@code bench.replies} (50,000) replies in Markdown with the safe HTML the portal renders at saving. Replies are
 * spread as in a real forum: most discussions have a few dozen, a few have over a thousand (log-normal sizes, capped).
 * Stages as a few years of the forum leave them: about 60% closed with a published synopsis, 15% closed without, 15%
 * open, 10% scheduled (no replies yet). Replies are mostly published; some wait for a moderator (in open discussions
 * that approve first), some were rejected with a reason. Repliers follow what they replied to, as the portal makes
 * them.
 * <p>
 * Two public discussions are fixed for the benchmark ({@link Samples}): an open one with exactly 20 published replies
 * and one with a published synopsis and exactly 200; no other discussion has 20 or 200 published replies, so
 * "the discussion with 200 replies" names one page.
 */
final class DiscussionDataset {

    /** The discussions the benchmark requests. */
    record Samples(long small, long large) {
    }

    static final int SMALL = 20;
    static final int LARGE = 200;
    /** Members who moderate (after bench-member-0, whom the benchmark signs in as a plain member). */
    private static final int MODERATORS = 20;
    /** The biggest discussion: a few are big, none so big that its page is a different kind of page. */
    private static final int MAX_REPLIES = 1_500;
    /** Spread of the log-normal sizes: about half the discussions get under a third of the average. */
    private static final double SPREAD = 1.5;

    private enum Stage { PUBLISHED, CLOSED, OPEN, SCHEDULED }

    private static final List<String> TITLES = List.of("What would improve %s in %s?", "%s in %s: what has worked?",
            "What should change in %s in %s?", "Lessons on %s from %s");
    private static final List<String> QUESTIONS = List.of("What has worked in your country?",
            "Which obstacles remain, and for whom?", "What role should employers' and workers' organizations play?",
            "What should governments do next?", "Which examples of good practice can you share?",
            "How do you know whether it works: what is measured?");
    private static final List<String> OPENERS = List.of("In our experience,", "From the employers' side,",
            "Our union found that", "I agree with the replies above:", "A caution here:", "Speaking for the ministry,",
            "In the garment sector,", "Two years after the reform,");
    private static final List<String> REJECTIONS = List.of("Off topic for this question", "Personal remarks about another participant",
            "Advertising", "Repeats an earlier reply word for word");

    /** One discussion as planned before anything is written: the rows of its replies refer to it. */
    private static final class Plan {
        final long id;
        final Stage stage;
        final Instant opens;
        final Instant closes;
        final boolean approveFirst;
        final List<Long> moderators;
        final List<Long> questionIds = new ArrayList<>();
        final List<Instant> questionTimes = new ArrayList<>();
        final String topic;
        final String countryName;
        int published;
        int others;

        Plan(long id, Stage stage, Instant opens, Instant closes, boolean approveFirst, List<Long> moderators, String topic,
             String countryName) {
            this.id = id;
            this.stage = stage;
            this.opens = opens;
            this.closes = closes;
            this.approveFirst = approveFirst;
            this.moderators = moderators;
            this.topic = topic;
            this.countryName = countryName;
        }

        /** Until when replies came in: the closing, or now while it is open. */
        Instant activeUntil(Instant now) {
            return closes.isBefore(now) ? closes : now;
        }
    }

    private final DatasetGenerator generator;
    private final JdbcTemplate jdbc;
    private final SplittableRandom random;
    private final GeneratedText text;
    private final RichText richText;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    DiscussionDataset(DatasetGenerator generator, JdbcTemplate jdbc, SplittableRandom random, GeneratedText text, RichText richText) {
        this.generator = generator;
        this.jdbc = jdbc;
        this.random = random;
        this.text = text;
        this.richText = richText;
    }

    Samples generate(int count, int replies, List<Short> themes, Map<String, String> countries, List<Long> editors,
                     List<Long> members) throws Exception {
        List<Long> moderators = moderators(members);
        List<Plan> plans = writeDiscussions(Math.max(2, count), themes, countries, editors, moderators);
        sizeReplies(plans, replies);
        // The benchmark's signed-in member (the first) reads and takes part in nothing, as most members do: their
        // discussion pages are the shared ones. A replier's or follower's page is rendered for them.
        writeReplies(plans, members.subList(Math.min(1, members.size()), members.size()));
        jdbc.execute("analyze discussion, discussion_question, discussion_reply, discussion_follower");
        return new Samples(plans.get(0).id, plans.get(1).id);
    }

    /** Members given the moderator role, besides their membership. */
    private List<Long> moderators(List<Long> members) throws Exception {
        List<Long> moderators = List.copyOf(members.subList(Math.min(1, members.size()), Math.min(1 + MODERATORS, members.size())));
        DatasetGenerator.Copy roles = generator.new Copy("account_role (account_id, role_name)");
        moderators.forEach(id -> roles.row(id, "MODERATOR"));
        roles.flush();
        return moderators;
    }

    /** The discussions with their tags, moderators and questions; the first two are the benchmark's samples. */
    private List<Plan> writeDiscussions(int count, List<Short> themes, Map<String, String> countries, List<Long> editors,
                                        List<Long> moderators) throws Exception {
        List<String> codes = new ArrayList<>(countries.keySet());
        long nextDiscussion = generator.nextId("discussion");
        long nextQuestion = generator.nextId("discussion_question");
        DatasetGenerator.Copy discussions = generator.new Copy("discussion (id, title, summary, background_markdown, "
                + "background_html, stage, opens_at, closes_at, time_zone, reply_policy, synopsis_key_points, synopsis_conclusions, "
                + "synopsis_next_steps, synopsis_key_points_html, synopsis_conclusions_html, synopsis_next_steps_html, "
                + "synopsis_saved_at, synopsis_saved_by, synopsis_published_at, synopsis_published_by, language, visibility, "
                + "status, rejection_reason, created_by, created_at, updated_by, updated_at, published_at, version)");
        DatasetGenerator.Copy discussionThemes = generator.new Copy("discussion_theme (discussion_id, theme_id)");
        DatasetGenerator.Copy discussionCountries = generator.new Copy("discussion_country (discussion_id, country_iso2)");
        DatasetGenerator.Copy discussionModerators = generator.new Copy("discussion_moderator (discussion_id, account_id)");
        DatasetGenerator.Copy questions = generator.new Copy("discussion_question (id, discussion_id, position, title, "
                + "body_markdown, body_html, posted_by, posted_at)");
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Stage stage = i == 0 ? Stage.OPEN : i == 1 ? Stage.PUBLISHED : stage();
            Instant[] times = times(stage);
            Instant opens = times[0];
            Instant closes = times[1];
            List<String> tagged = random.nextInt(4) == 0 ? List.of() : generator.distinct(codes, 1 + (random.nextInt(4) == 0 ? 1 : 0));
            String topic = text.topic();
            String countryName = tagged.isEmpty() ? null : countries.get(tagged.getFirst());
            Plan plan = new Plan(nextDiscussion++, stage, opens, closes, random.nextInt(10) < 7,
                    generator.distinct(moderators, 1 + random.nextInt(2)), topic, countryName);
            plans.add(plan);

            long editor = text.pick(editors);
            Instant created = (opens.isBefore(now) ? opens : now).minus(Duration.ofHours(24 + random.nextInt(30 * 24)));
            String background = text.body(topic);
            Long moderator = plan.moderators.getFirst();
            Instant saved = stage == Stage.PUBLISHED || (stage == Stage.CLOSED && random.nextInt(3) == 0)
                    ? between(closes, min(closes.plus(Duration.ofDays(5)), now)) : null;
            Instant synopsisPublished = stage == Stage.PUBLISHED ? between(saved, min(saved.plus(Duration.ofDays(2)), now)) : null;
            String keyPoints = saved == null ? null : "- " + text.sentence() + "\n- " + text.sentence() + "\n- **" + text.sentence() + "**";
            String conclusions = saved == null ? null : text.paragraph(3) + "\n\n" + text.paragraph(2);
            String nextSteps = saved == null ? null : "1. " + text.sentence() + "\n2. " + text.sentence();
            discussions.row(plan.id, title(topic, countryName), text.summary(topic, countryName), background,
                    richText.toSafeHtml(background), stage.name(), opens, closes, text.pick(DatasetGenerator.ZONES),
                    plan.approveFirst ? "APPROVE_FIRST" : "PUBLISH_AT_ONCE", keyPoints, conclusions, nextSteps, html(keyPoints),
                    html(conclusions), html(nextSteps), saved, saved == null ? null : moderator, synopsisPublished,
                    synopsisPublished == null ? null : moderator, "en", i < 2 || random.nextInt(100) < 85 ? "PUBLIC" : "MEMBERS",
                    "PUBLISHED", null, editor, created, saved == null ? editor : moderator,
                    synopsisPublished != null ? synopsisPublished : saved != null ? saved : created, created.plus(Duration.ofHours(1)), 0);
            for (Short theme : generator.distinct(themes, 1 + random.nextInt(3))) {
                discussionThemes.row(plan.id, theme);
            }
            for (String code : tagged) {
                discussionCountries.row(plan.id, code);
            }
            for (Long id : plan.moderators) {
                discussionModerators.row(plan.id, id);
            }
            writeQuestions(plan, created, questions, nextQuestion);
            nextQuestion += plan.questionIds.size();
        }
        discussions.flush();
        discussionThemes.flush();
        discussionCountries.flush();
        discussionModerators.flush();
        questions.flush();
        generator.restartIdentity("discussion");
        generator.restartIdentity("discussion_question");
        generator.progress("%,d discussions", count);
        return plans;
    }

    private Stage stage() {
        int roll = random.nextInt(100);
        return roll < 60 ? Stage.PUBLISHED : roll < 75 ? Stage.CLOSED : roll < 90 ? Stage.OPEN : Stage.SCHEDULED;
    }

    /** Opening and closing, to the hour: closed ones over the last three years, open ones closing within a month. */
    private Instant[] times(Stage stage) {
        Instant opens;
        Instant closes;
        switch (stage) {
            case PUBLISHED -> {
                closes = now.minus(Duration.ofDays(8)).minus(Duration.ofHours(random.nextInt(3 * 365 * 24)));
                opens = closes.minus(Duration.ofDays(7 + random.nextInt(22)));
            }
            case CLOSED -> {
                closes = now.minus(Duration.ofDays(1)).minus(Duration.ofHours(random.nextInt(180 * 24)));
                opens = closes.minus(Duration.ofDays(7 + random.nextInt(22)));
            }
            case OPEN -> {
                opens = now.minus(Duration.ofHours(24 + random.nextInt(13 * 24)));
                closes = now.plus(Duration.ofHours(3 * 24 + random.nextInt(27 * 24)));
            }
            default -> {
                opens = now.plus(Duration.ofHours(2 * 24 + random.nextInt(58 * 24)));
                closes = opens.plus(Duration.ofDays(7 + random.nextInt(15)));
            }
        }
        return new Instant[] {opens.truncatedTo(ChronoUnit.HOURS), closes.truncatedTo(ChronoUnit.HOURS)};
    }

    /**
     * One to four questions: a scheduled discussion's are prepared before it opens; otherwise the first is posted an
     * hour before the opening and the others in rounds while it runs.
     */
    private void writeQuestions(Plan plan, Instant created, DatasetGenerator.Copy questions, long firstId) {
        int count = 1 + random.nextInt(4);
        Instant from = plan.stage == Stage.SCHEDULED ? created : plan.opens.minus(Duration.ofHours(1));
        Instant until = plan.stage == Stage.SCHEDULED ? now : plan.activeUntil(now);
        List<String> titles = generator.distinct(QUESTIONS, count);
        for (int position = 1; position <= titles.size(); position++) {
            long id = firstId + position - 1;
            Instant posted = from.plus(Duration.between(from, until).multipliedBy(position - 1).dividedBy(titles.size()));
            String body = text.paragraph(2) + "\n\nPlease say which **country** and sector you speak for.";
            questions.row(id, plan.id, position, titles.get(position - 1), body, richText.toSafeHtml(body),
                    plan.moderators.get((position - 1) % plan.moderators.size()), posted);
            plan.questionIds.add(id);
            plan.questionTimes.add(posted);
        }
    }

    /**
     * How many replies each discussion gets, {@code total} in all: the samples theirs, scheduled ones none, the others
     * log-normal sizes scaled to the rest. Of each, a few are not published; a count of published replies that would
     * equal a sample's is moved by one, so the samples stay the only ones of their size.
     */
    private void sizeReplies(List<Plan> plans, int total) {
        plans.get(0).published = SMALL;
        plans.get(1).published = LARGE;
        List<Plan> sized = plans.subList(2, plans.size()).stream().filter(plan -> plan.stage != Stage.SCHEDULED).toList();
        int target = Math.max(0, total - SMALL - LARGE);
        double[] weights = new double[sized.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.exp(SPREAD * random.nextGaussian());
        }
        int floor = target >= sized.size() ? 1 : 0;
        // The largest scale whose capped, rounded sizes stay within the target; what rounding leaves goes one by one.
        double low = 0;
        double high = target + 1.0;
        for (int step = 0; step < 100; step++) {
            double middle = (low + high) / 2;
            if (sum(weights, middle, floor) <= target) {
                low = middle;
            } else {
                high = middle;
            }
        }
        int[] sizes = new int[weights.length];
        int left = target;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = size(weights[i], low, floor);
            left -= sizes[i];
        }
        // Round the discussions while any is below the cap (with a target beyond every cap, the rest is not written).
        for (int i = 0, full = 0; left > 0 && full < sizes.length; i = (i + 1) % sizes.length) {
            if (sizes[i] < MAX_REPLIES) {
                sizes[i]++;
                left--;
                full = 0;
            } else {
                full++;
            }
        }
        for (int i = 0; i < sizes.length; i++) {
            Plan plan = sized.get(i);
            double hidden = plan.stage == Stage.OPEN && plan.approveFirst ? 0.12 : 0.03;
            plan.others = Math.min(sizes[i], (int) (sizes[i] * hidden + random.nextDouble()));
            plan.published = sizes[i] - plan.others;
            if (plan.published == SMALL || plan.published == LARGE) {
                plan.published--;
                plan.others++;
            }
        }
    }

    private static int size(double weight, double scale, int floor) {
        return (int) Math.min(MAX_REPLIES, Math.max(floor, Math.round(weight * scale)));
    }

    private static long sum(double[] weights, double scale, int floor) {
        long sum = 0;
        for (double weight : weights) {
            sum += size(weight, scale, floor);
        }
        return sum;
    }

    /** The replies, in chunks, and each replier as a follower of the discussion from the first reply on. */
    private void writeReplies(List<Plan> plans, List<Long> members) throws Exception {
        long nextReply = generator.nextId("discussion_reply");
        DatasetGenerator.Copy replies = generator.new Copy("discussion_reply (id, discussion_id, question_id, author_id, "
                + "body_markdown, body_html, status, rejection_reason, highlighted, created_at, edited_at, decided_by, decided_at, version)");
        DatasetGenerator.Copy followers = generator.new Copy("discussion_follower (discussion_id, account_id, since)");
        int written = 0;
        for (Plan plan : plans) {
            Map<Long, Instant> following = new LinkedHashMap<>();
            int published = plan.published;
            int others = plan.others;
            while (published + others > 0) {
                boolean shown = random.nextInt(published + others) < published;
                String status = shown ? "PUBLISHED" : plan.stage == Stage.OPEN && plan.approveFirst && random.nextInt(4) > 0
                        ? "PENDING" : "REJECTED";
                if (shown) {
                    published--;
                } else {
                    others--;
                }
                int question = random.nextInt(plan.questionIds.size());
                Instant from = max(plan.opens, plan.questionTimes.get(question));
                Instant created = between(from, plan.activeUntil(now));
                long author = text.pick(members);
                boolean decided = "REJECTED".equals(status) || ("PUBLISHED".equals(status) && plan.approveFirst);
                String markdown = replyMarkdown(plan);
                replies.row(nextReply++, plan.id, plan.questionIds.get(question), author, markdown, richText.toSafeUserHtml(markdown),
                        status, "REJECTED".equals(status) ? text.pick(REJECTIONS) : null, shown && random.nextInt(30) == 0, created,
                        random.nextInt(20) == 0 ? min(created.plus(Duration.ofMinutes(5)), now) : null,
                        decided ? text.pick(plan.moderators) : null,
                        decided ? min(created.plus(Duration.ofMinutes(10 + random.nextInt(12 * 60))), now) : null, 0);
                following.merge(author, created, (a, b) -> a.isBefore(b) ? a : b);
                if (++written % DatasetGenerator.CHUNK == 0) {
                    replies.flush();
                    if (written % (DatasetGenerator.CHUNK * 5) == 0) {
                        generator.progress("%,d replies", written);
                    }
                }
            }
            following.forEach((account, since) -> followers.row(plan.id, account, since));
        }
        replies.flush();
        followers.flush();
        generator.restartIdentity("discussion_reply");
        generator.progress("%,d replies in all", written);
    }

    /** A reply as members write them: an opening line, sometimes a list, a quote or a link, sometimes a second paragraph. */
    private String replyMarkdown(Plan plan) {
        StringBuilder reply = new StringBuilder();
        if (plan.countryName != null && random.nextInt(3) == 0) {
            reply.append("In ").append(plan.countryName).append(", ");
        } else {
            reply.append(text.pick(OPENERS)).append(' ');
        }
        String first = text.sentence();
        reply.append(Character.toLowerCase(first.charAt(0))).append(first.substring(1));
        if (random.nextInt(3) == 0) {
            reply.append(" This matters for **").append(plan.topic).append("**.");
        }
        switch (random.nextInt(10)) {
            case 0, 1, 2 -> {
                reply.append("\n\n");
                for (int i = 0, items = 2 + random.nextInt(3); i < items; i++) {
                    reply.append("- ").append(text.sentence()).append('\n');
                }
            }
            case 3, 4 -> reply.append("\n\n> ").append(text.sentence()).append("\n\nI would add that ")
                    .append(text.sentence().toLowerCase(Locale.ROOT));
            case 5 -> reply.append("\n\nSee [our note on ").append(plan.topic).append("](https://www.example.org/notes/")
                    .append(random.nextInt(10_000)).append(").");
            default -> {
            }
        }
        if (random.nextBoolean()) {
            reply.append("\n\n").append(text.paragraph(1 + random.nextInt(3)));
        }
        return reply.toString();
    }

    private String title(String topic, String countryName) {
        String title = String.format(text.pick(TITLES), topic, countryName == null ? "Asia and the Pacific" : countryName);
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    private String html(String markdown) {
        return markdown == null ? null : richText.toSafeHtml(markdown);
    }

    /** A moment from {@code from} (included) to {@code until}, to the minute; {@code from} when there is no time between. */
    private Instant between(Instant from, Instant until) {
        long minutes = Duration.between(from, until).toMinutes();
        return minutes <= 0 ? from : from.plus(Duration.ofMinutes(random.nextLong(minutes)));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

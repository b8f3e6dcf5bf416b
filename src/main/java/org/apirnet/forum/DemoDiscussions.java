package org.apirnet.forum;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.apirnet.content.Visibility;
import org.apirnet.identity.MemberContacts;
import org.apirnet.platform.RichText;
import org.apirnet.taxonomy.Taxonomy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Three discussions for trying the portal out, only under the {@code demo} profile, created once through the same
 * steps people take: one open (with approved replies and one waiting in the moderation queue), one that closed with
 * a published synopsis, one scheduled. The demo moderator runs them; the demo members reply.
 */
@Component
@Profile("demo")
@Order(30)
class DemoDiscussions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDiscussions.class);
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final DiscussionService discussions;
    private final Taxonomy taxonomy;
    private final MemberContacts contacts;
    private final RichText richText;

    DemoDiscussions(DiscussionService discussions, Taxonomy taxonomy, MemberContacts contacts, RichText richText) {
        this.discussions = discussions;
        this.taxonomy = taxonomy;
        this.contacts = contacts;
        this.richText = richText;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long editor = contacts.accountIdOf("editor@demo.apirnet.org").orElse(null);
        Long moderator = contacts.accountIdOf("moderator@demo.apirnet.org").orElse(null);
        if (editor == null || moderator == null || discussions.hasAnyDiscussion()) {
            return;
        }
        long open = discussion(editor, moderator, "Minimum wage fixing after the pandemic: what changed?",
                "How wage boards in the region adjusted minimum wages from 2021, and what they learnt.",
                "Several countries of the region postponed or froze minimum wage adjustments in 2020 and caught up later. "
                        + "This discussion collects **experiences of wage boards and tripartite commissions**: the criteria "
                        + "they used, the data they had, and how the social partners took part.",
                List.of("wage-policy", "social-dialogue"), Set.of("TH", "VN", "KH", "ID"), 0, 14);
        long first = question(open, moderator, "How were adjustments decided after 2021?",
                "Please describe the process in your country: who proposed, who decided, and how long it took.");
        long second = question(open, moderator, "Which data did the wage board rely on?",
                "Price indices, productivity, household surveys? Share examples or referrals to studies.");
        reply(open, first, "siriporn@demo.apirnet.org", "In Thailand the provincial committees proposed rates and the national "
                + "committee decided. Workers' representatives asked for **one national rate**; it was not adopted.", true);
        reply(open, first, "farhan@demo.apirnet.org", "The board met three times before agreeing. Employers asked for a "
                + "phased increase for small firms, which was accepted for the first year.", true);
        reply(open, second, "kim@demo.apirnet.org", "Our institute's survey of household expenditure was used for the first "
                + "time, beside the consumer price index. See [the summary](https://www.ilo.org/).", true);
        reply(open, second, "member@demo.apirnet.org", "The ministry published the data set before the board met, which "
                + "reduced disputes about the figures.", false);
        discussions.moveIntoThePast(open, Duration.ofDays(3));

        long closed = discussion(editor, moderator, "Social dialogue for platform workers",
                "Whether and how delivery and ride-hailing workers take part in social dialogue.",
                "Platform work grows quickly in the region's cities. This discussion asked how workers on platforms "
                        + "are represented, and which institutions have involved them.",
                List.of("social-dialogue", "employment-relationship"), Set.of("ID", "PH", "MY"), 0, 14);
        long asked = question(closed, moderator, "Who speaks for platform workers today?",
                "Unions, associations, informal groups? Give examples.");
        reply(closed, asked, "dara@demo.apirnet.org", "Riders formed an association that the union federation later "
                + "affiliated; it negotiates with two platforms on safety.", true);
        reply(closed, asked, "mele@demo.apirnet.org", "The ministry invited platform companies to the tripartite labour "
                + "advisory board as observers.", true);
        reply(closed, asked, "ayesha@demo.apirnet.org", "Employers' organizations are opening membership to platform "
                + "companies, which gives them a seat at the table.", true);
        discussions.moveIntoThePast(closed, Duration.ofDays(40));
        discussions.saveSynopsis(closed, new ForumForms.SynopsisForm(
                "- Platform workers organise through associations that unions later affiliate.\n"
                        + "- Ministries have invited platforms to tripartite bodies as observers.\n"
                        + "- Employers' organizations are opening membership to platform companies.",
                "Representation exists but is uneven; tripartite bodies are the most promising entry point.",
                "- A regional workshop on platform work and social dialogue.\n- A comparative note on registration of associations."),
                moderator);
        discussions.publishSynopsisWithoutMail(closed, moderator);

        discussion(editor, moderator, "Tripartite consultation in labour law reform",
                "How governments consult employers' and workers' organizations when they reform labour codes.",
                "Labour law reforms are under way in several countries. How are the social partners consulted, at which "
                        + "stage, and with what effect on the final text?",
                List.of("labour-law-reform", "tripartism"), Set.of("VN", "LK", "MN"), 7, 21);
        log.info("Demo discussions: one open, one with its synopsis published, one scheduled");
    }

    private long discussion(long editor, long moderator, String title, String summary, String background, List<String> themes,
                            Set<String> countries, int opensInDays, int closesInDays) {
        // Opening now (a minute ago) so that questions and replies can be added, or on a later day at 09:00.
        var opens = opensInDays == 0 ? discussions.now().minus(Duration.ofMinutes(1))
                : LocalDate.now(BANGKOK).plusDays(opensInDays).atTime(9, 0).atZone(BANGKOK).toInstant();
        var closes = LocalDate.now(BANGKOK).plusDays(closesInDays).atTime(17, 0).atZone(BANGKOK).toInstant();
        Set<Short> themeIds = Set.copyOf(themes.stream().map(slug -> taxonomy.theme(slug).orElseThrow().getId()).toList());
        long id = discussions.create(new Discussion.Content(title, summary, background, richText.toSafeHtml(background),
                opens, closes, BANGKOK.getId(),
                ReplyPolicy.APPROVE_FIRST, "en", Visibility.PUBLIC, themeIds, countries, Set.of(moderator)), editor);
        discussions.schedule(id, editor);
        return id;
    }

    private long question(long discussion, long moderator, String title, String body) {
        return discussions.postQuestion(discussion, new ForumForms.QuestionForm(title, body), moderator).orElseThrow();
    }

    private void reply(long discussion, long question, String author, String text, boolean approve) {
        Long authorId = contacts.accountIdOf(author).orElse(null);
        if (authorId == null) {
            return;
        }
        discussions.reply(discussion, question, text, null, null, authorId);
        if (approve) {
            discussions.pendingReplies(discussion, 100).stream().filter(r -> r.getAuthorId() == authorId)
                    .forEach(r -> discussions.approve(r.getId(), contacts.accountIdOf("moderator@demo.apirnet.org").orElseThrow()));
        }
    }
}

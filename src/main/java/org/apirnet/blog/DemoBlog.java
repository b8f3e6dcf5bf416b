package org.apirnet.blog;

import java.util.List;
import java.util.Set;

import org.apirnet.content.Visibility;
import org.apirnet.identity.MemberContacts;
import org.apirnet.taxonomy.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few posts for trying the blog out, only under the {@code demo} profile, created once: one of each kind, by the
 * demo editor, the demo moderator and a member the demo admin allowed to write ({@code siriporn@}).
 */
@Component
@Profile("demo")
@Order(24)
class DemoBlog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBlog.class);
    static final String DEMO_WRITER = "siriporn@demo.apirnet.org";

    private record Demo(String title, String summary, String body, BlogKind kind, List<String> themes, Set<String> countries,
                        String author) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("Why sectoral bargaining is returning to the agenda in South-East Asia",
                    "Three governments have proposed sector-level agreements this year; an analysis of what changed and what it may bring.",
                    "Enterprise bargaining covers few workers in the region.\n\n- Sector agreements reach small firms\n- They need representative organizations on both sides",
                    BlogKind.ANALYSIS, List.of("collective-bargaining"), Set.of("VN", "ID"), "editor@demo.apirnet.org"),
            new Demo("Notes from the regional workshop on labour dispute mediators",
                    "Forty mediators from eleven countries compared how they prepare a case; a report from the three days in Bangkok.",
                    "Participants agreed that early contact with both parties settles most disputes before a hearing.",
                    BlogKind.REPORT, List.of("dispute-prevention-resolution"), Set.of("TH"), "moderator@demo.apirnet.org"),
            new Demo("After the discussion on platform work: what employers told us",
                    "A reflection on the employers' contributions to the community's discussion on representation of platform workers.",
                    "Employers' organizations asked for clear rules on who counts as an employer more than for lighter rules.",
                    BlogKind.REFLECTION, List.of("social-dialogue"), Set.of(), DEMO_WRITER));

    private final BlogService blog;
    private final Taxonomy taxonomy;
    private final MemberContacts contacts;

    DemoBlog(BlogService blog, Taxonomy taxonomy, MemberContacts contacts) {
        this.blog = blog;
        this.taxonomy = taxonomy;
        this.contacts = contacts;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long admin = contacts.accountIdOf("admin@demo.apirnet.org").orElse(null);
        if (admin == null || blog.hasAnyPost() || contacts.accountIdOf(DEMO_WRITER).isEmpty()) {
            return;
        }
        blog.allow(DEMO_WRITER, admin);
        for (Demo demo : DEMOS) {
            Long author = contacts.accountIdOf(demo.author()).orElse(null);
            if (author == null) {
                continue;
            }
            Set<Short> themes = Set.copyOf(demo.themes().stream().map(slug -> taxonomy.theme(slug).orElseThrow().getId()).toList());
            blog.create(new BlogPost.Content(demo.title(), demo.summary(), demo.body(), demo.kind(), "en", Visibility.PUBLIC,
                    themes, demo.countries(), null), author);
        }
        log.info("Demo blog: {} posts", DEMOS.size());
    }
}

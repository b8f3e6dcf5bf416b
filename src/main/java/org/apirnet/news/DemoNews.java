package org.apirnet.news;

import java.util.List;
import java.util.Set;

import org.apirnet.content.ContentStatus;
import org.apirnet.content.ContentTags;
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
 * A few news items for trying the portal out, only under the {@code demo} profile, created once: one of each kind,
 * published by the demo editor, and one submission by the demo member waiting in the review inbox.
 */
@Component
@Profile("demo")
@Order(21)
class DemoNews implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNews.class);

    private record Demo(String title, String summary, String body, NewsKind kind, List<String> themes, Set<String> countries,
                        boolean byMember, String project) {
    }

    private static final List<Demo> DEMOS = List.of(
            // Words chosen apart from the demo library's and events' titles, so searches for those find them first.
            new Demo("National Wage Council agrees a regional pay floor increase",
                    "After three rounds of tripartite talks, the council recommends raising the statutory floor in all four pay regions from July.",
                    "The recommendation now goes to the Government for a decree.\n\n- Region I and II: higher increase\n- Region III and IV: in line with living costs\n\nWorkers' and employers' representatives both signed the joint statement.",
                    NewsKind.COUNTRY_NEWS, List.of("wage-policy", "tripartism"), Set.of("VN"), false, null),
            new Demo("Project on labour inspection in garment supply chains starts its second phase",
                    "The ILO project will work with inspectorates in Cambodia and Bangladesh on risk-based inspection planning.",
                    "The second phase runs for three years and adds training on occupational safety for inspectors.",
                    NewsKind.ILO_PROJECT_NEWS, List.of("labour-inspection-compliance", "global-supply-chains"), Set.of("KH", "BD"), false,
                    "Decent work in garment supply chains of South and South-East Asia"),
            new Demo("Report: dispute resolution institutions in the Pacific",
                    "A project report compares conciliation and arbitration bodies in Fiji, Samoa and Papua New Guinea.",
                    "The report finds that cases are settled faster where conciliators are trained and independent.",
                    NewsKind.PROJECT_REPORT, List.of("dispute-prevention-resolution"), Set.of("FJ", "WS", "PG"), false,
                    "Strengthening labour dispute resolution in Pacific Island countries"),
            new Demo("New regional programme on social dialogue for platform workers",
                    "ILO constituents in South-East Asia will develop guidance on representation of workers on digital platforms.",
                    null, NewsKind.NEW_PROGRAMME_DEVELOPMENT, List.of("social-dialogue"), Set.of(), false,
                    "Social dialogue for workers on digital platforms in ASEAN"),
            new Demo("Employers' federation opens a helpdesk on the new labour code",
                    "Members can ask questions about the code's provisions on contracts and working time.",
                    null, NewsKind.COUNTRY_NEWS, List.of("labour-law-reform"), Set.of("PH"), true, null));

    private final NewsService news;
    private final Taxonomy taxonomy;
    private final MemberContacts contacts;
    private final ContentTags tags;

    DemoNews(NewsService news, Taxonomy taxonomy, MemberContacts contacts, ContentTags tags) {
        this.news = news;
        this.tags = tags;
        this.taxonomy = taxonomy;
        this.contacts = contacts;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long editor = contacts.accountIdOf("editor@demo.apirnet.org").orElse(null);
        Long member = contacts.accountIdOf("member@demo.apirnet.org").orElse(null);
        if (editor == null || member == null || news.hasAnyNews()) {
            return;
        }
        for (Demo demo : DEMOS) {
            Set<Short> themes = Set.copyOf(demo.themes().stream().map(slug -> taxonomy.theme(slug).orElseThrow().getId()).toList());
            news.create(new NewsItem.Content(demo.title(), demo.summary(), demo.body(), demo.kind(), "en", Visibility.PUBLIC,
                    themes, demo.countries(), demo.project() == null ? null : tags.projectNamed(demo.project()).orElse(null)), NewsService.ImageChange.keep(null), List.of(),
                    demo.byMember() ? ContentStatus.PENDING : ContentStatus.PUBLISHED, demo.byMember() ? member : editor);
        }
        log.info("Demo news: {} items", DEMOS.size());
    }

}

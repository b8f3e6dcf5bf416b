package org.apirnet.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * A few events for trying the portal out, only under the {@code demo} profile, created once: upcoming ones relative to
 * the day the demo starts (so the calendar is never empty), one past with its report, one cancelled.
 */
@Component
@Profile("demo")
@Order(20)
class DemoEvents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

    private record Demo(String title, String summary, EventType type, int inDays, int hour, int hours, String zone,
                        String venue, String onlineUrl, List<String> themes, Set<String> countries, String reportUrl,
                        boolean cancelled, String project) {
    }

    private static final List<Demo> DEMOS = List.of(
            // Words chosen apart from the demo library's titles, so searches for those find the resources first.
            new Demo("Regional workshop on pay-setting councils",
                    "Government, employers' and workers' representatives compare how statutory pay floors are set and reviewed.",
                    EventType.WORKSHOP, 12, 9, 32, "Asia/Bangkok", "UN Conference Centre, Bangkok", null,
                    List.of("wage-policy", "social-dialogue"), Set.of("TH", "KH", "VN"), null, false,
                    "Evidence-based minimum wage setting in Cambodia and Viet Nam"),
            new Demo("Webinar: labour inspection in global supply chains",
                    "How labour inspectorates of the region work with buyers and suppliers.", EventType.WEBINAR, 20, 14, 2,
                    "Asia/Manila", null, "https://www.ilo.org/", List.of("labour-inspection-compliance", "global-supply-chains"),
                    Set.of(), null, false, "Decent work in garment supply chains of South and South-East Asia"),
            new Demo("Training course for labour conciliators",
                    "A five-day course on conciliation and mediation of labour disputes.", EventType.TRAINING_COURSE, 40, 9, 104,
                    "Asia/Colombo", "Colombo", null, List.of("dispute-prevention-resolution"), Set.of("LK"), null, false, null),
            new Demo("Tripartite meeting on labour law reform",
                    "Postponed: the meeting will be announced again.", EventType.MEETING, 30, 10, 6, "Asia/Ho_Chi_Minh", "Hanoi",
                    null, List.of("labour-law-reform", "tripartism"), Set.of("VN"), null, true, null),
            new Demo("Sub-regional conference on collective bargaining",
                    "Held last month; the report is in the library.", EventType.CONFERENCE, -30, 9, 30, "Asia/Jakarta", "Jakarta",
                    null, List.of("collective-bargaining"), Set.of("ID", "PH"), "/library/1", false, null));

    private final EventService events;
    private final Taxonomy taxonomy;
    private final MemberContacts contacts;
    private final ContentTags tags;

    DemoEvents(EventService events, Taxonomy taxonomy, MemberContacts contacts, ContentTags tags) {
        this.tags = tags;
        this.events = events;
        this.taxonomy = taxonomy;
        this.contacts = contacts;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long editor = contacts.accountIdOf("editor@demo.apirnet.org").orElse(null);
        if (editor == null || events.hasAnyEvent()) {
            return;
        }
        for (Demo demo : DEMOS) {
            ZoneId zone = ZoneId.of(demo.zone());
            Instant start = LocalDate.now(zone).plusDays(demo.inDays()).atTime(demo.hour(), 0).atZone(zone).toInstant();
            Instant end = start.plus(Duration.ofHours(demo.hours()));
            Set<Short> themes = Set.copyOf(demo.themes().stream().map(slug -> taxonomy.theme(slug).orElseThrow().getId()).toList());
            long id = events.create(new Event.Content(demo.title(), demo.summary(), null, demo.type(), start, end, demo.zone(),
                    demo.venue(), demo.onlineUrl(), "ILO Regional Office for Asia and the Pacific", "ILO constituents", null, null,
                    demo.reportUrl(), "en", Visibility.PUBLIC, themes, demo.countries(),
                    demo.project() == null ? null : tags.projectNamed(demo.project()).orElse(null)), ContentStatus.PUBLISHED, editor);
            if (demo.cancelled()) {
                events.cancel(id, editor);
            }
        }
        log.info("Demo events: {} events", DEMOS.size());
    }
}

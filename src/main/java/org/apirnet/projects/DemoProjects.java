package org.apirnet.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apirnet.content.ContentStatus;
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
 * A few ILO projects of the region for trying the portal out, only under the {@code demo} profile, created once,
 * before the demo resources and news (which name some of them). They are sample data, and say so: realistic in kind,
 * donors and partners, but not the ILO's real projects.
 */
@Component
@Profile("demo")
@Order(9)
class DemoProjects implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);
    private static final String SAMPLE = "Sample data for trying the portal out. ";

    private record Demo(String title, String summary, String objectives, List<String> donors, List<String> partners,
                        LocalDate start, LocalDate end, ProjectStage stage, List<String> themes, Set<String> countries) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("Decent work in garment supply chains of South and South-East Asia",
                    "Risk-based labour inspection and workplace cooperation in garment factories supplying global brands.",
                    "1. Labour inspectorates plan inspections by risk, with shared data on factories.\n"
                            + "2. Bipartite committees in 200 factories handle grievances before they become disputes.\n"
                            + "3. Buyers, employers and unions agree a joint approach to occupational safety.",
                    List.of("Government of Sweden", "European Union"),
                    List.of("Ministry of Labour and Vocational Training, Cambodia", "Bangladesh Garment Manufacturers and Exporters Association",
                            "IndustriALL Global Union"),
                    LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31), ProjectStage.ACTIVE,
                    List.of("labour-inspection-compliance", "global-supply-chains", "workplace-cooperation"), Set.of("KH", "BD", "VN")),
            new Demo("Strengthening labour dispute resolution in Pacific Island countries",
                    "Conciliation and arbitration services that settle employment disputes quickly and fairly.",
                    "- Train a pool of independent conciliators in each country.\n- Publish case statistics yearly.\n"
                            + "- Review the dispute provisions of the labour laws with the tripartite partners.",
                    List.of("Government of New Zealand", "Government of Australia"),
                    List.of("Fiji Ministry of Employment, Productivity and Industrial Relations", "Samoa Chamber of Commerce",
                            "Pacific Islands Trade Union Network"),
                    LocalDate.of(2021, 7, 1), LocalDate.of(2025, 6, 30), ProjectStage.COMPLETED,
                    List.of("dispute-prevention-resolution", "labour-courts"), Set.of("FJ", "WS", "PG")),
            new Demo("Social dialogue for workers on digital platforms in ASEAN",
                    "A regional programme in preparation on how platform workers are represented and bargain.",
                    "The programme will map platform work in the region and test forms of social dialogue that include platform workers.",
                    List.of("To be confirmed"), List.of("ASEAN Secretariat", "ASEAN Confederation of Employers", "ASEAN Trade Union Council"),
                    LocalDate.of(2027, 1, 1), null, ProjectStage.PIPELINE,
                    List.of("social-dialogue", "asean", "employment-relationship"), Set.of()),
            new Demo("Evidence-based minimum wage setting in Cambodia and Viet Nam",
                    "Technical support to wage councils: data, methods and tripartite consultation for adjusting minimum wages.",
                    "Wage councils adjust minimum wages on evidence of needs of workers and their families and of economic factors, "
                            + "as Convention No. 131 asks.",
                    List.of("Government of Japan"),
                    List.of("National Council on Minimum Wage, Cambodia", "National Wage Council, Viet Nam"),
                    LocalDate.of(2023, 3, 1), LocalDate.of(2026, 12, 31), ProjectStage.ACTIVE,
                    List.of("wage-policy", "tripartism"), Set.of("KH", "VN")));

    private final ProjectService projects;
    private final Taxonomy taxonomy;
    private final MemberContacts contacts;

    DemoProjects(ProjectService projects, Taxonomy taxonomy, MemberContacts contacts) {
        this.projects = projects;
        this.taxonomy = taxonomy;
        this.contacts = contacts;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long editor = contacts.accountIdOf("editor@demo.apirnet.org").orElse(null);
        if (editor == null || projects.hasAnyProject()) {
            return;
        }
        for (Demo demo : DEMOS) {
            Set<Short> themes = Set.copyOf(demo.themes().stream().map(slug -> taxonomy.theme(slug).orElseThrow().getId()).toList());
            projects.create(new Project.Content(demo.title(), SAMPLE + demo.summary(), demo.objectives(), demo.donors(),
                    demo.partners(), demo.start(), demo.end(), "ILO Regional Office for Asia and the Pacific", "bangkok@example.org",
                    demo.stage(), themes, demo.countries()), ContentStatus.PUBLISHED, editor);
        }
        log.info("Demo projects: {} projects", DEMOS.size());
    }
}

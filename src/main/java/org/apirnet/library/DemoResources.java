package org.apirnet.library;

import org.apirnet.content.ContentStatus;
import org.apirnet.content.ContentTags;
import org.apirnet.content.Visibility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apirnet.identity.MemberContacts;
import org.apirnet.platform.AttachmentIntake;
import org.apirnet.platform.FileStore;
import org.apirnet.taxonomy.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A few library resources for trying the portal out, only under the {@code demo} profile, created once. */
@Component
@Profile("demo")
@Order(10)
class DemoResources implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoResources.class);

    private record Demo(String title, String summary, String type, List<String> themes, Set<String> countries, String language,
                        LocalDate date, String url, Visibility visibility, boolean withPdf, String project) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("Minimum wage fixing in Asia and the Pacific: a comparative note",
                    "How eleven countries of the region set and adjust minimum wages, who takes part, and what the evidence says about coverage.",
                    "research", List.of("wage-policy", "social-dialogue"), Set.of("KH", "TH", "VN", "ID"), "en",
                    LocalDate.of(2025, 3, 14), null, Visibility.PUBLIC, true,
                    "Evidence-based minimum wage setting in Cambodia and Viet Nam"),
            new Demo("Guide to workplace cooperation committees",
                    "A practical guide for employers and workers setting up bipartite committees at the enterprise.",
                    "tool-guide", List.of("workplace-cooperation", "collective-bargaining"), Set.of(), "en",
                    LocalDate.of(2024, 11, 2), "https://www.ilo.org/", Visibility.PUBLIC, false, null),
            new Demo("Labour code reform in Viet Nam: briefing for social partners",
                    "What changed in the 2019 Labour Code for representation and bargaining, and what remains to be implemented.",
                    "policy-advice", List.of("labour-law-reform", "workers-organizations"), Set.of("VN"), "en",
                    LocalDate.of(2024, 6, 20), "https://www.ilo.org/", Visibility.MEMBERS, false, null),
            new Demo("Training module: conciliation and mediation of labour disputes",
                    "Slides and exercises for a three-day course for conciliators of labour administrations.",
                    "training-material", List.of("dispute-prevention-resolution", "labour-administration"), Set.of("PH", "LK"), "en",
                    LocalDate.of(2023, 9, 5), "https://www.ilo.org/", Visibility.PUBLIC, false,
                    "Strengthening labour dispute resolution in Pacific Island countries"));

    private final LibraryService library;
    private final ResourceWorkflow workflow;
    private final Taxonomy taxonomy;
    private final MemberContacts contacts;
    private final FileStore files;
    private final ContentTags tags;

    DemoResources(LibraryService library, ResourceWorkflow workflow, Taxonomy taxonomy, MemberContacts contacts, FileStore files,
                  ContentTags tags) {
        this.tags = tags;
        this.library = library;
        this.workflow = workflow;
        this.taxonomy = taxonomy;
        this.contacts = contacts;
        this.files = files;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Long editor = contacts.accountIdOf("editor@demo.apirnet.org").orElse(null);
        if (editor == null || library.hasAnyResource()) {
            return;
        }
        for (Demo demo : DEMOS) {
            short type = taxonomy.resourceType(demo.type()).orElseThrow().getId();
            Set<Short> themes = Set.copyOf(demo.themes().stream().map(slug -> taxonomy.theme(slug).orElseThrow().getId()).toList());
            var content = new Resource.Content(demo.title(), demo.summary(), null, type, demo.language(), demo.date(), "ILO",
                    null, demo.url(), demo.visibility(), themes, demo.countries(),
                    demo.project() == null ? null : tags.projectNamed(demo.project()).orElse(null));
            List<AttachmentIntake.Accepted> attachments = demo.withPdf()
                    ? List.of(new AttachmentIntake.Accepted(files.store(new ByteArrayInputStream(pdf(demo.summary())), 10_000_000),
                    "minimum-wage-note.pdf", "application/pdf"))
                    : List.of();
            workflow.create(content, attachments, ContentStatus.PUBLISHED, editor);
        }
        log.info("Demo library: {} resources", DEMOS.size());
    }


    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 700);
                content.showText(text.length() > 90 ? text.substring(0, 90) : text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}

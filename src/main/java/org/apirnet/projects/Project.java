package org.apirnet.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.apirnet.content.ContentIndex;
import org.apirnet.content.ContentItem;
import org.apirnet.content.ContentStatus;
import org.apirnet.content.SubregionBridge;
import org.apirnet.content.Visibility;
import org.apirnet.platform.PlainText;
import org.apirnet.platform.RichText;
import org.apirnet.platform.SearchAnalyzers;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * An ILO project or programme. Its search document is the shared content document ({@link ContentIndex}) plus its
 * stage, slug and dates, so the list, its facets and site search need no SQL; its year is the year it starts.
 */
@Entity
@Table(name = "project")
@Indexed(index = Project.KIND)
class Project extends ContentItem {

    static final String KIND = "project";
    /** Index fields only projects have. */
    static final String STAGE = "project_stage";
    static final String SLUG = "project_slug";
    static final String START = "project_start";
    static final String END = "project_end";
    static final int SLUG_LENGTH = 80;

    /** What an editor fills in, as one value, already checked. */
    record Content(String title, String summary, String objectivesMarkdown, List<String> donors, List<String> partners,
                   LocalDate start, LocalDate end, String contactName, String contactEmail, ProjectStage stage,
                   Set<Short> themeIds, Set<String> countryIso2s) {

        Content {
            title = PlainText.withoutBidiControls(title);
        }
    }

    private String slug;
    private String objectivesMarkdown;
    /** One a line, as typed: a project page lists them, nothing queries them. */
    private String donors;
    private String partners;

    @Column(name = "start_date")
    @GenericField(name = START, projectable = Projectable.YES, sortable = Sortable.YES)
    private LocalDate start;

    @Column(name = "end_date")
    @GenericField(name = END, projectable = Projectable.YES, searchable = Searchable.NO)
    private LocalDate end;

    private String contactName;
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @KeywordField(name = STAGE, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private ProjectStage stage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_theme", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "theme_id")
    @GenericField(name = ContentIndex.THEMES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<Short> themeIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_country", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "country_iso2", columnDefinition = "bpchar(2)")
    @KeywordField(name = ContentIndex.COUNTRIES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @KeywordField(name = ContentIndex.SUBREGIONS, aggregable = Aggregable.YES,
            valueBridge = @ValueBridgeRef(type = SubregionBridge.class))
    private Set<String> countryIso2s = new HashSet<>();

    protected Project() {
    }

    Project(Content content, ContentStatus status, long authorId) {
        super(status, authorId);
        revise(content, authorId);
    }

    @Override
    public String getContentKind() {
        return KIND;
    }

    /** New fields; the slug follows the title (links with the old slug redirect to the new one). */
    void revise(Content content, long editorId) {
        // Project pages are for everyone, in English like the portal's own pages.
        describe(content.title(), content.summary(), "en", Visibility.PUBLIC, editorId);
        slug = slugOf(content.title());
        objectivesMarkdown = content.objectivesMarkdown();
        donors = joinLines(content.donors());
        partners = joinLines(content.partners());
        start = content.start();
        end = content.end();
        contactName = content.contactName();
        contactEmail = content.contactEmail();
        stage = content.stage();
        themeIds.clear();
        themeIds.addAll(content.themeIds());
        countryIso2s.clear();
        countryIso2s.addAll(content.countryIso2s());
    }

    /** The title as a URL part; a title with no Latin letters is called "project". */
    static String slugOf(String title) {
        return PlainText.slugOf(title, SLUG_LENGTH).orElse("project");
    }

    /** The year it starts: the shared year facet and site search's year. */
    @GenericField(name = ContentIndex.YEAR, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "start")))
    public Integer getYear() {
        return start == null ? null : start.getYear();
    }

    @KeywordField(name = SLUG, projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
    public String getIndexedSlug() {
        return slug;
    }

    /** What a reader may search a project by besides its name: summary, objectives, donors and partners. */
    @FullTextField(name = ContentIndex.TEXT, analyzer = SearchAnalyzers.TEXT, highlightable = Highlightable.FAST_VECTOR,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
            @ObjectPath(@PropertyValue(propertyName = "objectivesMarkdown")), @ObjectPath(@PropertyValue(propertyName = "donors")),
            @ObjectPath(@PropertyValue(propertyName = "partners"))})
    public List<String> getSearchText() {
        List<String> text = new ArrayList<>();
        for (String part : new String[] {getSummary(), RichText.toPlainText(objectivesMarkdown), donors, partners}) {
            if (part != null && !part.isBlank()) {
                text.add(ContentIndex.indexable(part));
            }
        }
        return text;
    }

    /** Lines of a list field, trimmed, blank ones dropped. */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String joinLines(List<String> lines) {
        return lines == null || lines.isEmpty() ? null : String.join("\n", lines);
    }

    String getSlug() {
        return slug;
    }

    String getObjectivesMarkdown() {
        return objectivesMarkdown;
    }

    List<String> getDonors() {
        return lines(donors);
    }

    List<String> getPartners() {
        return lines(partners);
    }

    LocalDate getStart() {
        return start;
    }

    LocalDate getEnd() {
        return end;
    }

    String getContactName() {
        return contactName;
    }

    String getContactEmail() {
        return contactEmail;
    }

    ProjectStage getStage() {
        return stage;
    }

    Set<Short> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    Set<String> getCountryIso2s() {
        return Set.copyOf(countryIso2s);
    }
}

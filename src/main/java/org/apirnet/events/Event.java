package org.apirnet.events;

import java.time.Instant;
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
 * An event. Start and end are instants; the zone is kept beside them because an event is shown at the local time of
 * the place it happens (a 09:00 workshop in Bangkok is 09:00, whoever reads the page). Its search document is the
 * shared content document ({@link ContentIndex}) plus the event's own type, start and whether it was cancelled.
 */
@Entity
@Table(name = "event")
@Indexed(index = Event.KIND)
class Event extends ContentItem {

    static final String KIND = "event";
    /** Index fields only events have; search and the other kinds never read them. */
    static final String STARTS = "event_starts";
    static final String ENDS = "event_ends";
    static final String TYPE = "event_type";
    static final String CANCELLED = "event_cancelled";
    static final String SEQUENCE = "event_sequence";

    /** The fields an editor or submitter fills in, as one value, already checked. */
    record Content(String title, String summary, String bodyMarkdown, EventType type, Instant startsAt, Instant endsAt,
                   String timeZone, String venue, String onlineUrl, String organizer, String audience,
                   String registrationUrl, Instant registrationDeadline, String reportUrl, String language,
                   Visibility visibility, Set<Short> themeIds, Set<String> countryIso2s, Long projectId) {

        Content {
            title = PlainText.withoutBidiControls(title);
        }
    }

    private String bodyMarkdown;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    @KeywordField(name = TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private EventType type;

    @GenericField(name = STARTS, sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant startsAt;

    @GenericField(name = ENDS, sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant endsAt;

    @KeywordField(projectable = Projectable.YES, searchable = org.hibernate.search.engine.backend.types.Searchable.NO)
    private String timeZone;

    @KeywordField(projectable = Projectable.YES, searchable = org.hibernate.search.engine.backend.types.Searchable.NO)
    private String venue;

    @KeywordField(projectable = Projectable.YES, searchable = org.hibernate.search.engine.backend.types.Searchable.NO)
    private String onlineUrl;
    private String organizer;
    private String audience;
    private String registrationUrl;
    private Instant registrationDeadline;

    @KeywordField(projectable = Projectable.YES, searchable = org.hibernate.search.engine.backend.types.Searchable.NO)
    private String reportUrl;

    @GenericField(name = CANCELLED, projectable = Projectable.YES)
    private boolean cancelled;

    /** iCalendar SEQUENCE: raised on every change after creation, so subscribed calendars take the new version. */
    @GenericField(name = SEQUENCE, projectable = Projectable.YES, searchable = org.hibernate.search.engine.backend.types.Searchable.NO)
    private int sequence;

    /** The ILO project the event belongs to, if any: its id only (projects are another module's), indexed for its page. */
    @GenericField(name = ContentIndex.PROJECT)
    private Long projectId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_theme", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "theme_id")
    @GenericField(name = ContentIndex.THEMES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<Short> themeIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_country", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "country_iso2", columnDefinition = "bpchar(2)")
    @KeywordField(name = ContentIndex.COUNTRIES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @KeywordField(name = ContentIndex.SUBREGIONS, aggregable = Aggregable.YES,
            valueBridge = @ValueBridgeRef(type = SubregionBridge.class))
    private Set<String> countryIso2s = new HashSet<>();

    protected Event() {
    }

    Event(Content content, ContentStatus status, long authorId) {
        super(status, authorId);
        apply(content, authorId);
        sequence = 0;
    }

    @Override
    public String getContentKind() {
        return KIND;
    }

    /** An edit: the new fields, and a higher sequence for calendars that hold the old version. */
    void revise(Content content, long editorId) {
        apply(content, editorId);
        sequence++;
    }

    private void apply(Content content, long editorId) {
        describe(content.title(), content.summary(), content.language(), content.visibility(), editorId);
        bodyMarkdown = content.bodyMarkdown();
        type = content.type();
        startsAt = content.startsAt();
        endsAt = content.endsAt();
        timeZone = content.timeZone();
        venue = content.venue();
        onlineUrl = content.onlineUrl();
        organizer = content.organizer();
        audience = content.audience();
        registrationUrl = content.registrationUrl();
        registrationDeadline = content.registrationDeadline();
        reportUrl = content.reportUrl();
        themeIds.clear();
        themeIds.addAll(content.themeIds());
        countryIso2s.clear();
        countryIso2s.addAll(content.countryIso2s());
        projectId = content.projectId();
    }

    /** Cancels the event: it stays listed, marked cancelled, and calendars are told (STATUS:CANCELLED). */
    boolean cancel(long editorId) {
        if (cancelled) {
            return false;
        }
        cancelled = true;
        sequence++;
        touch(editorId);
        return true;
    }

    /** The year the event takes place in (UTC), the shared year facet. */
    @GenericField(name = ContentIndex.YEAR, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "startsAt")))
    public Integer getYear() {
        return startsAt == null ? null : startsAt.atZone(java.time.ZoneOffset.UTC).getYear();
    }

    /** What a reader may search an event by besides its title, as the one shared text field. */
    @FullTextField(name = ContentIndex.TEXT, analyzer = SearchAnalyzers.TEXT, highlightable = Highlightable.FAST_VECTOR,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
            @ObjectPath(@PropertyValue(propertyName = "bodyMarkdown")), @ObjectPath(@PropertyValue(propertyName = "venue")),
            @ObjectPath(@PropertyValue(propertyName = "organizer"))})
    public List<String> getSearchText() {
        List<String> text = new ArrayList<>();
        for (String part : new String[] {getSummary(), RichText.toPlainText(bodyMarkdown), venue, organizer}) {
            if (part != null && !part.isBlank()) {
                text.add(ContentIndex.indexable(part));
            }
        }
        return text;
    }

    String getBodyMarkdown() {
        return bodyMarkdown;
    }

    EventType getType() {
        return type;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    String getTimeZone() {
        return timeZone;
    }

    String getVenue() {
        return venue;
    }

    String getOnlineUrl() {
        return onlineUrl;
    }

    String getOrganizer() {
        return organizer;
    }

    String getAudience() {
        return audience;
    }

    String getRegistrationUrl() {
        return registrationUrl;
    }

    Instant getRegistrationDeadline() {
        return registrationDeadline;
    }

    String getReportUrl() {
        return reportUrl;
    }

    boolean isCancelled() {
        return cancelled;
    }

    int getSequence() {
        return sequence;
    }

    Set<Short> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    Long getProjectId() {
        return projectId;
    }

    Set<String> getCountryIso2s() {
        return Set.copyOf(countryIso2s);
    }
}

package org.apirnet.forum;

import java.time.Instant;
import java.time.ZoneOffset;
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
 * A time-boxed moderated discussion and, once it has closed, its synopsis. Its stage follows its times: before the
 * opening it is scheduled, then open, then closed until the synopsis is published ({@link #stageAt}). The stored
 * stage is what the schedule last recorded (audit lines, mail); every decision reads the times, so a job running late
 * never lets a reply in after the closing time.
 */
@Entity
@Table(name = "discussion")
@Indexed(index = Discussion.KIND)
class Discussion extends ContentItem {

    static final String KIND = "discussion";
    /** Index fields only discussions have. */
    static final String OPENS = "discussion_opens";
    static final String CLOSES = "discussion_closes";
    static final String SYNOPSIS_PUBLISHED = "discussion_synopsis_published";

    /** The fields an editor fills in, already checked; the HTML is the background's Markdown, sanitized. */
    record Content(String title, String summary, String backgroundMarkdown, String backgroundHtml, Instant opensAt,
                   Instant closesAt, String timeZone, ReplyPolicy replyPolicy, String language, Visibility visibility,
                   Set<Short> themeIds, Set<String> countryIso2s, Set<Long> moderatorIds) {

        Content {
            title = PlainText.withoutBidiControls(title);
        }
    }

    /** The synopsis's three sections as the moderator wrote them (Markdown), and each rendered as safe HTML. */
    record Synopsis(String keyPoints, String conclusions, String nextSteps, String keyPointsHtml,
                    String conclusionsHtml, String nextStepsHtml) {
    }

    private String backgroundMarkdown;
    private String backgroundHtml;

    @Enumerated(EnumType.STRING)
    private DiscussionStage stage;

    @GenericField(name = OPENS, sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant opensAt;

    @GenericField(name = CLOSES, sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant closesAt;

    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    private ReplyPolicy replyPolicy;

    private String synopsisKeyPoints;
    private String synopsisConclusions;
    private String synopsisNextSteps;
    private String synopsisKeyPointsHtml;
    private String synopsisConclusionsHtml;
    private String synopsisNextStepsHtml;
    private Instant synopsisSavedAt;
    private Long synopsisSavedBy;

    @GenericField(name = SYNOPSIS_PUBLISHED, sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant synopsisPublishedAt;
    private Long synopsisPublishedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "discussion_theme", joinColumns = @JoinColumn(name = "discussion_id"))
    @Column(name = "theme_id")
    @GenericField(name = ContentIndex.THEMES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<Short> themeIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "discussion_country", joinColumns = @JoinColumn(name = "discussion_id"))
    @Column(name = "country_iso2", columnDefinition = "bpchar(2)")
    @KeywordField(name = ContentIndex.COUNTRIES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @KeywordField(name = ContentIndex.SUBREGIONS, aggregable = Aggregable.YES,
            valueBridge = @ValueBridgeRef(type = SubregionBridge.class))
    private Set<String> countryIso2s = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "discussion_moderator", joinColumns = @JoinColumn(name = "discussion_id"))
    @Column(name = "account_id")
    private Set<Long> moderatorIds = new HashSet<>();

    protected Discussion() {
    }

    Discussion(Content content, long authorId) {
        super(ContentStatus.DRAFT, authorId);
        stage = DiscussionStage.DRAFT;
        apply(content, authorId);
    }

    @Override
    public String getContentKind() {
        return KIND;
    }

    /** An editor's change; the times only while it has not opened (after that, moderators extend the closing). */
    void revise(Content content, long editorId, Instant now) {
        Instant keptOpening = opensAt;
        Instant keptClosing = closesAt;
        boolean timesFixed = hasOpenedBy(now);
        apply(content, editorId);
        if (timesFixed) {
            opensAt = keptOpening;
            closesAt = keptClosing;
        }
    }

    private void apply(Content content, long editorId) {
        describe(content.title(), content.summary(), content.language(), content.visibility(), editorId);
        backgroundMarkdown = content.backgroundMarkdown();
        backgroundHtml = content.backgroundHtml();
        opensAt = content.opensAt();
        closesAt = content.closesAt();
        timeZone = content.timeZone();
        replyPolicy = content.replyPolicy();
        themeIds.clear();
        themeIds.addAll(content.themeIds());
        countryIso2s.clear();
        countryIso2s.addAll(content.countryIso2s());
        moderatorIds.clear();
        moderatorIds.addAll(content.moderatorIds());
    }

    /** Where the discussion is at {@code now}: drafts and published synopses as recorded, the rest by the clock. */
    DiscussionStage stageAt(Instant now) {
        if (stage == DiscussionStage.DRAFT || stage == DiscussionStage.PUBLISHED) {
            return stage;
        }
        if (now.isBefore(opensAt)) {
            return DiscussionStage.SCHEDULED;
        }
        return now.isBefore(closesAt) ? DiscussionStage.OPEN : DiscussionStage.CLOSED;
    }

    /** When the clock next moves it to another stage (its opening or closing), or null if the clock no longer does. */
    Instant nextChangeAfter(Instant now) {
        return switch (stageAt(now)) {
            case SCHEDULED -> opensAt;
            case OPEN -> closesAt;
            default -> null;
        };
    }

    boolean hasOpenedBy(Instant now) {
        return stage != DiscussionStage.DRAFT && !now.isBefore(opensAt);
    }

    /** An editor releases the draft: it is listed from now on and opens by itself at its time. */
    boolean schedule(long editorId) {
        if (stage != DiscussionStage.DRAFT || !publish(editorId)) {
            return false;
        }
        stage = DiscussionStage.SCHEDULED;
        return true;
    }

    /**
     * Records the stage the clock has reached, as the schedule does; the previous stage when it moved, else null. A
     * discussion whose opening and closing both passed while nothing ran goes straight to closed.
     */
    DiscussionStage recordStageAt(Instant now) {
        DiscussionStage reached = stageAt(now);
        if (reached == stage) {
            return null;
        }
        DiscussionStage previous = stage;
        stage = reached;
        return previous;
    }

    /**
     * A moderator moves the closing time later: while open, or after closing as long as the synopsis is not out
     * (which reopens it). False when the new time is not later than both now and the current closing.
     */
    boolean closeAt(Instant newClosing, Instant now, long moderatorId) {
        DiscussionStage current = stageAt(now);
        if ((current != DiscussionStage.OPEN && current != DiscussionStage.CLOSED)
                || !newClosing.isAfter(now) || !newClosing.isAfter(closesAt)) {
            return false;
        }
        closesAt = newClosing;
        stage = DiscussionStage.OPEN;
        touch(moderatorId);
        return true;
    }

    boolean acceptsRepliesAt(Instant now) {
        return isPublished() && stageAt(now) == DiscussionStage.OPEN;
    }

    /** Questions are posed while the discussion is scheduled or open (a first question can wait for the opening). */
    boolean acceptsQuestionsAt(Instant now) {
        DiscussionStage current = stageAt(now);
        return isPublished() && (current == DiscussionStage.SCHEDULED || current == DiscussionStage.OPEN);
    }

    private boolean isPublished() {
        return getStatus() == ContentStatus.PUBLISHED;
    }

    /** A draft of the synopsis, kept for the moderator; only after closing and before publication. */
    boolean saveSynopsis(Synopsis synopsis, long moderatorId, Instant now) {
        if (stageAt(now) != DiscussionStage.CLOSED) {
            return false;
        }
        synopsisKeyPoints = synopsis.keyPoints();
        synopsisConclusions = synopsis.conclusions();
        synopsisNextSteps = synopsis.nextSteps();
        synopsisKeyPointsHtml = synopsis.keyPointsHtml();
        synopsisConclusionsHtml = synopsis.conclusionsHtml();
        synopsisNextStepsHtml = synopsis.nextStepsHtml();
        synopsisSavedAt = now;
        synopsisSavedBy = moderatorId;
        touch(moderatorId);
        return true;
    }

    /** Publishes the saved synopsis, once: false when it is already out, not closed, or nothing is saved. */
    boolean publishSynopsis(long moderatorId, Instant now) {
        if (stageAt(now) != DiscussionStage.CLOSED || synopsisSavedAt == null) {
            return false;
        }
        stage = DiscussionStage.PUBLISHED;
        synopsisPublishedAt = now;
        synopsisPublishedBy = moderatorId;
        touch(moderatorId);
        return true;
    }

    /** Moves both times earlier: a demo discussion that has already happened, built through the ordinary steps. */
    void moveEarlier(java.time.Duration by) {
        opensAt = opensAt.minus(by);
        closesAt = closesAt.minus(by);
    }

    boolean isModeratedBy(long accountId) {
        return moderatorIds.contains(accountId);
    }

    /** The year it closed (UTC): the archive's year facet. */
    @GenericField(name = ContentIndex.YEAR, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "closesAt")))
    public Integer getYear() {
        return closesAt == null ? null : closesAt.atZone(ZoneOffset.UTC).getYear();
    }

    /** The background and, once published, the synopsis: what site search finds a discussion by besides its title. */
    @FullTextField(name = ContentIndex.TEXT, analyzer = SearchAnalyzers.TEXT, highlightable = Highlightable.FAST_VECTOR,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
            @ObjectPath(@PropertyValue(propertyName = "backgroundMarkdown")),
            @ObjectPath(@PropertyValue(propertyName = "synopsisPublishedAt")),
            @ObjectPath(@PropertyValue(propertyName = "synopsisKeyPoints")),
            @ObjectPath(@PropertyValue(propertyName = "synopsisConclusions")),
            @ObjectPath(@PropertyValue(propertyName = "synopsisNextSteps"))})
    public List<String> getSearchText() {
        List<String> text = new ArrayList<>();
        List<String> parts = new ArrayList<>(List.of(nullToEmpty(getSummary()), RichText.toPlainText(backgroundMarkdown)));
        if (synopsisPublishedAt != null) {
            parts.add(RichText.toPlainText(synopsisKeyPoints));
            parts.add(RichText.toPlainText(synopsisConclusions));
            parts.add(RichText.toPlainText(synopsisNextSteps));
        }
        for (String part : parts) {
            if (!part.isBlank()) {
                text.add(ContentIndex.indexable(part));
            }
        }
        return text;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    String getBackgroundMarkdown() {
        return backgroundMarkdown;
    }

    String getBackgroundHtml() {
        return backgroundHtml;
    }

    DiscussionStage getStage() {
        return stage;
    }

    Instant getOpensAt() {
        return opensAt;
    }

    Instant getClosesAt() {
        return closesAt;
    }

    String getTimeZone() {
        return timeZone;
    }

    ReplyPolicy getReplyPolicy() {
        return replyPolicy;
    }

    Synopsis getSynopsis() {
        return synopsisSavedAt == null ? null : new Synopsis(synopsisKeyPoints, synopsisConclusions, synopsisNextSteps,
                synopsisKeyPointsHtml, synopsisConclusionsHtml, synopsisNextStepsHtml);
    }

    Instant getSynopsisSavedAt() {
        return synopsisSavedAt;
    }

    Instant getSynopsisPublishedAt() {
        return synopsisPublishedAt;
    }

    Long getSynopsisPublishedBy() {
        return synopsisPublishedBy;
    }

    Set<Short> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    Set<String> getCountryIso2s() {
        return Set.copyOf(countryIso2s);
    }

    Set<Long> getModeratorIds() {
        return Set.copyOf(moderatorIds);
    }
}

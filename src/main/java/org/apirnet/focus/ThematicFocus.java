package org.apirnet.focus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A theme featured on the home page from one day to another (both included, in the portal's time zone). */
@Entity
@Table(name = "thematic_focus")
class ThematicFocus {

    static final String AUDIT_KIND = "focus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private short themeId;
    private String headline;
    private String introductionMarkdown;
    private String introductionHtml;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private long createdBy;
    private long updatedBy;
    private Instant updatedAt;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "thematic_focus_item", joinColumns = @JoinColumn(name = "focus_id"))
    @OrderColumn(name = "position")
    private List<FocusItem> items = new ArrayList<>();

    protected ThematicFocus() {
    }

    ThematicFocus(long adminId) {
        this.createdBy = adminId;
    }

    /** What the form says, already checked. */
    record Content(short themeId, String headline, String introductionMarkdown, String introductionHtml, LocalDate startsOn,
                   LocalDate endsOn, List<FocusItem> items) {
    }

    void describe(Content content, long adminId, Instant now) {
        themeId = content.themeId();
        headline = content.headline();
        introductionMarkdown = content.introductionMarkdown();
        introductionHtml = content.introductionHtml();
        startsOn = content.startsOn();
        endsOn = content.endsOn();
        items.clear();
        items.addAll(content.items());
        updatedBy = adminId;
        updatedAt = now;
    }

    boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return !to.isBefore(startsOn) && !from.isAfter(endsOn);
    }

    Long getId() {
        return id;
    }

    short getThemeId() {
        return themeId;
    }

    String getHeadline() {
        return headline;
    }

    String getIntroductionMarkdown() {
        return introductionMarkdown;
    }

    String getIntroductionHtml() {
        return introductionHtml;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    int getVersion() {
        return version;
    }

    List<FocusItem> getItems() {
        return List.copyOf(items);
    }
}

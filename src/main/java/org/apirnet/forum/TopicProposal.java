package org.apirnet.forum;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.apirnet.platform.PlainText;

/** A topic a member proposes for a discussion: others support it, an editor takes it up or declines it. */
@Entity
@Table(name = "topic_proposal")
class TopicProposal {

    enum Status { OPEN, ACCEPTED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String why;

    @Enumerated(EnumType.STRING)
    private Status status;
    private String declineReason;
    private Long discussionId;
    private long proposedBy;
    private Instant createdAt;
    private Long decidedBy;
    private Instant decidedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "topic_proposal_theme", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "theme_id")
    private Set<Short> themeIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "topic_proposal_country", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "country_iso2", columnDefinition = "bpchar(2)")
    private Set<String> countryIso2s = new HashSet<>();

    protected TopicProposal() {
    }

    TopicProposal(String title, String why, Set<Short> themeIds, Set<String> countryIso2s, long proposedBy, Instant now) {
        this.title = PlainText.withoutBidiControls(title);
        this.why = why;
        this.themeIds.addAll(themeIds);
        this.countryIso2s.addAll(countryIso2s);
        this.proposedBy = proposedBy;
        this.createdAt = now;
        this.status = Status.OPEN;
    }

    /** Taken up as this draft discussion; false when already decided. */
    boolean accept(long discussionId, long editorId, Instant now) {
        if (status != Status.OPEN) {
            return false;
        }
        status = Status.ACCEPTED;
        this.discussionId = discussionId;
        decided(editorId, now);
        return true;
    }

    boolean decline(String reason, long editorId, Instant now) {
        if (status != Status.OPEN) {
            return false;
        }
        status = Status.DECLINED;
        declineReason = reason;
        decided(editorId, now);
        return true;
    }

    private void decided(long editorId, Instant now) {
        decidedBy = editorId;
        decidedAt = now;
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    String getWhy() {
        return why;
    }

    Status getStatus() {
        return status;
    }

    String getDeclineReason() {
        return declineReason;
    }

    Long getDiscussionId() {
        return discussionId;
    }

    long getProposedBy() {
        return proposedBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Set<Short> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    Set<String> getCountryIso2s() {
        return Set.copyOf(countryIso2s);
    }
}

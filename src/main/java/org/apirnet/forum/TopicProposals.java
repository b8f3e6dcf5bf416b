package org.apirnet.forum;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apirnet.content.AuditTrail;
import org.apirnet.content.ContentTags;
import org.apirnet.identity.MemberContacts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Topic proposals: members propose and support topics of common interest across countries; editors take one up as a
 * draft discussion (the link kept) or decline it with a reason. Every decision is an audit line.
 */
@Service
class TopicProposals {

    static final String AUDIT_KIND = "topic_proposal";
    static final int LISTED = 100;

    private final TopicProposalRepository proposals;
    private final ContentTags tags;
    private final MemberContacts contacts;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    TopicProposals(TopicProposalRepository proposals, ContentTags tags, MemberContacts contacts, AuditTrail audit,
                   JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.proposals = proposals;
        this.tags = tags;
        this.contacts = contacts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new proposal, or empty with field errors (themes and countries checked against the reference data). */
    @Transactional
    Optional<Long> propose(ProposalForm form, Errors errors, long memberId) {
        Set<Short> themes = tags.checkThemes(form.themes(), errors, "themes");
        Set<String> countries = tags.checkCountries(form.countries(), errors, "countries");
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        TopicProposal saved = proposals.save(new TopicProposal(form.title().strip(), form.why().strip(), themes, countries,
                memberId, clock.instant()));
        audit.record(AUDIT_KIND, saved.getId(), memberId, "PROPOSED", null);
        support(saved.getId(), memberId, true);
        return Optional.of(saved.getId());
    }

    /** One support per member; supporting twice changes nothing, as does withdrawing a support never given. */
    @Transactional
    void support(long proposalId, long memberId, boolean on) {
        if (on) {
            jdbc.update("insert into topic_support (proposal_id, account_id, since) values (?, ?, ?) on conflict do nothing",
                    proposalId, memberId, java.sql.Timestamp.from(clock.instant()));
        } else {
            jdbc.update("delete from topic_support where proposal_id = ? and account_id = ?", proposalId, memberId);
        }
    }

    /** Declines an open proposal; its proposer sees the reason on its page and gets it by mail (queued in this transaction). */
    @Transactional
    boolean decline(long proposalId, String reason, long editorId) {
        TopicProposal proposal = proposals.findForUpdate(proposalId).orElseThrow();
        if (!proposal.decline(reason.strip(), editorId, clock.instant())) {
            return false;
        }
        audit.record(AUDIT_KIND, proposalId, editorId, "DECLINED", reason.strip());
        contacts.contact(proposal.getProposedBy()).ifPresent(proposer -> publisher.publishEvent(new ForumMail.ProposalDeclined(
                proposer.email(), proposer.name(), proposal.getTitle(), reason.strip(), "/discussions/proposals/" + proposalId)));
        return true;
    }

    /** Links the proposal to the draft made from it; false when someone decided it meanwhile. */
    @Transactional
    boolean accept(long proposalId, long discussionId, long editorId) {
        TopicProposal proposal = proposals.findForUpdate(proposalId).orElseThrow();
        if (!proposal.accept(discussionId, editorId, clock.instant())) {
            return false;
        }
        audit.record(AUDIT_KIND, proposalId, editorId, "ACCEPTED", "/discussions/" + discussionId);
        return true;
    }

    @Transactional(readOnly = true)
    Optional<TopicProposal> find(long id) {
        return proposals.findById(id);
    }

    @Transactional(readOnly = true)
    Optional<TopicProposal> ofDiscussion(long discussionId) {
        return proposals.findByDiscussionId(discussionId);
    }

    @Transactional(readOnly = true)
    List<TopicProposal> latest() {
        return proposals.findLatest(PageRequest.of(0, LISTED));
    }

    /** Supports per proposal, in one query. */
    @Transactional(readOnly = true)
    Map<Long, Long> supportCounts(List<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.query("select proposal_id, count(*) from topic_support where proposal_id = any (?) group by proposal_id",
                rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                }, (Object) proposalIds.toArray(Long[]::new));
        return counts;
    }

    @Transactional(readOnly = true)
    List<Long> supporters(long proposalId) {
        return jdbc.queryForList("select account_id from topic_support where proposal_id = ? order by since", Long.class, proposalId);
    }

    Map<Long, MemberContacts.Participant> participants(List<Long> accountIds, boolean viewerIsMember) {
        return contacts.participants(accountIds, viewerIsMember);
    }
}

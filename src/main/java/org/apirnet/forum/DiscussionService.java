package org.apirnet.forum;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apirnet.content.AuditEntry;
import org.apirnet.content.AuditTrail;
import org.apirnet.content.ContentTags;
import org.apirnet.content.Visibility;
import org.apirnet.identity.MemberContacts;
import org.apirnet.platform.AttachedFile;
import org.apirnet.platform.AttachmentIntake;
import org.apirnet.platform.LocalTimes;
import org.apirnet.platform.RichText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Everything that changes a discussion: editors preparing and scheduling it, moderators posing questions, deciding
 * replies, moving the closing time and publishing the synopsis, members replying and following. Every decision is an
 * audit line; every time-bound step reads the clock bean, so tests move time instead of waiting for it.
 */
@Service
class DiscussionService {

    static final String AUDIT_KIND = Discussion.KIND;
    static final String REPLY_AUDIT_KIND = "discussion_reply";
    /** The schedule records at most this many moves per run; the next run takes the rest. */
    static final int SCHEDULE_BATCH = 200;

    /** What became of a reply someone sent or changed. */
    enum ReplyOutcome { PUBLISHED, AWAITS_APPROVAL, NOT_OPEN_YET, CLOSED, TOO_LONG, NOT_EDITABLE }

    /** What became of a moderator's decision on a reply. */
    enum Decision { DONE, ALREADY_DECIDED }

    private final DiscussionRepository discussions;
    private final QuestionRepository questions;
    private final ReplyRepository replies;
    private final AuditTrail audit;
    private final ContentTags tags;
    private final MemberContacts contacts;
    private final RichText richText;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;
    private final ForumProperties properties;
    private final Clock clock;

    DiscussionService(DiscussionRepository discussions, QuestionRepository questions, ReplyRepository replies,
                      AuditTrail audit, ContentTags tags, MemberContacts contacts, RichText richText, JdbcTemplate jdbc,
                      ApplicationEventPublisher publisher, ForumProperties properties, Clock clock) {
        this.discussions = discussions;
        this.questions = questions;
        this.replies = replies;
        this.audit = audit;
        this.tags = tags;
        this.contacts = contacts;
        this.richText = richText;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Checks what the annotations cannot: themes, countries and language against the reference data, the zone
     * against the IANA list, the times as real times in that zone with the closing after the opening, and each
     * moderator as someone who holds the moderator role. The content to save, or empty with field errors.
     */
    Optional<Discussion.Content> check(DiscussionForm form, Errors errors) {
        Set<Short> themeIds = tags.checkThemes(form.themesOrEmpty(), errors, "themes");
        Set<String> countries = tags.checkCountries(form.countries(), errors, "countries");
        tags.checkLanguage(form.language(), errors, "language");
        ZoneId zone = LocalTimes.zone(form.timeZone()).orElse(null);
        if (zone == null && !errors.hasFieldErrors("timeZone")) {
            errors.rejectValue("timeZone", "forum.zone.unknown");
        }
        Instant opens = time(form.opensAt(), zone, "opensAt", errors);
        Instant closes = time(form.closesAt(), zone, "closesAt", errors);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.rejectValue("closesAt", "forum.closes.beforeOpening");
        }
        Set<Long> moderatorIds = moderators(form.moderatorsOrEmpty(), errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Discussion.Content(form.title().strip(), form.summary().strip(), form.background(),
                richText.toSafeHtml(form.background()), opens, closes, zone.getId(), ReplyPolicy.valueOf(form.replyPolicy()),
                form.language(), Visibility.valueOf(form.visibility()), themeIds, countries, moderatorIds));
    }

    private static Instant time(String value, ZoneId zone, String field, Errors errors) {
        if (value == null || value.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        Instant instant = LocalTimes.instant(value, zone);
        if (instant == null && zone != null) {
            errors.rejectValue(field, "forum.datetime.format");
        } else if (instant != null && (instant.isBefore(Instant.parse("2000-01-01T00:00:00Z"))
                || instant.isAfter(Instant.now().plusSeconds(5L * 366 * 86_400)))) {
            errors.rejectValue(field, "forum.datetime.range");
            return null;
        }
        return instant;
    }

    /** At least one moderator, each an active account with the moderator role (or a role above it). */
    private Set<Long> moderators(List<String> values, Errors errors) {
        if (values.isEmpty()) {
            errors.rejectValue("moderators", "forum.moderators.required");
            return Set.of();
        }
        Map<Long, String> candidates = contacts.moderatorCandidates();
        Set<Long> ids = new HashSet<>();
        for (String value : values) {
            Long id = parseId(value);
            if (id == null || !candidates.containsKey(id)) {
                errors.rejectValue("moderators", "forum.moderators.notModerator");
                return Set.of();
            }
            ids.add(id);
        }
        return ids;
    }

    private static Long parseId(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(value.strip());
    }

    Map<Long, String> moderatorCandidates() {
        return contacts.moderatorCandidates();
    }

    @Transactional
    long create(Discussion.Content content, long editorId) {
        Discussion saved = discussions.save(new Discussion(content, editorId));
        audit.record(AUDIT_KIND, saved.getId(), editorId, "CREATED", null);
        return saved.getId();
    }

    /** False when the form was based on an older version than the stored one (someone else saved meanwhile). */
    @Transactional
    boolean update(long id, Discussion.Content content, long editorId, long basedOnVersion) {
        Discussion discussion = discussions.findForUpdate(id).orElseThrow();
        if (discussion.getVersion() != basedOnVersion) {
            return false;
        }
        discussion.revise(content, editorId, now());
        audit.record(AUDIT_KIND, id, editorId, "UPDATED", null);
        return true;
    }

    /** Releases a draft: from now on it is listed, and it opens by itself at its time (at once if that has passed). */
    @Transactional
    boolean schedule(long id, long editorId) {
        Discussion discussion = discussions.findForUpdate(id).orElseThrow();
        if (!discussion.schedule(editorId)) {
            return false;
        }
        audit.record(AUDIT_KIND, id, editorId, "SCHEDULED", null);
        recordStage(discussion, now());
        return true;
    }

    @Transactional
    boolean archive(long id, long editorId) {
        Optional<Discussion> discussion = discussions.findForUpdate(id).filter(d -> d.archive(editorId));
        discussion.ifPresent(d -> audit.record(AUDIT_KIND, id, editorId, "ARCHIVED", null));
        return discussion.isPresent();
    }

    /**
     * The discussions whose opening or closing came due by {@code now} and is not recorded yet, at most a batch. Read
     * only: a run that finds nothing commits no change (which would make every cached page stale).
     */
    @Transactional(readOnly = true)
    List<Long> dueAt(Instant now) {
        return discussions.findDueAt(now, PageRequest.of(0, SCHEDULE_BATCH)).stream().map(Discussion::getId).toList();
    }

    /**
     * Records the stage one discussion has reached by {@code now}; false when there was nothing to record. Safe on
     * several nodes at once: the row is locked while it moves, and a moved row no longer needs it.
     */
    @Transactional
    boolean recordStageAt(long id, Instant now) {
        return recordStage(discussions.findForUpdate(id).orElseThrow(), now);
    }

    private boolean recordStage(Discussion discussion, Instant now) {
        DiscussionStage previous = discussion.recordStageAt(now);
        if (previous == null) {
            return false;
        }
        DiscussionStage reached = discussion.getStage();
        if (previous == DiscussionStage.SCHEDULED && reached == DiscussionStage.CLOSED) {
            audit.record(AUDIT_KIND, discussion.getId(), null, "OPENED", "caught up after downtime");
        }
        audit.record(AUDIT_KIND, discussion.getId(), null, reached == DiscussionStage.OPEN ? "OPENED" : "CLOSED", null);
        return true;
    }

    /** Whether this person runs the discussion: one of its moderators, or an admin standing in for them. */
    static boolean mayModerate(Discussion discussion, Long accountId, boolean viewerIsAdmin) {
        return viewerIsAdmin || (accountId != null && discussion.isModeratedBy(accountId));
    }

    /** Posts the next question; empty when the discussion takes no questions now (closed, or still a draft). */
    @Transactional
    Optional<Long> postQuestion(long discussionId, ForumForms.QuestionForm form, long moderatorId) {
        Discussion discussion = discussions.findForUpdate(discussionId).orElseThrow();
        if (!discussion.acceptsQuestionsAt(now())) {
            return Optional.empty();
        }
        int position = questions.maxPosition(discussionId) + 1;
        Question question = questions.save(new Question(discussionId, position, form.title().strip(), form.body(),
                richText.toSafeHtml(form.body()), moderatorId, now()));
        audit.record(AUDIT_KIND, discussionId, moderatorId, "QUESTION_POSTED", position + ". " + question.getTitle());
        List<Long> followerIds = jdbc.queryForList(
                "select account_id from discussion_follower where discussion_id = ? and account_id <> ?", Long.class,
                discussionId, moderatorId);
        List<MemberContacts.Contact> followers = contacts.activeContacts(followerIds);
        if (!followers.isEmpty()) {
            publisher.publishEvent(new ForumMail.QuestionPosted(followers, discussion.getTitle(), question.getTitle(),
                    "/discussions/" + discussionId + "#question-" + question.getId()));
        }
        return Optional.of(question.getId());
    }

    /** Moves the closing later (reopening a closed discussion whose synopsis is not out); false when not allowed. */
    @Transactional
    boolean closeAt(long discussionId, Instant newClosing, long moderatorId) {
        Discussion discussion = discussions.findForUpdate(discussionId).orElseThrow();
        Instant before = discussion.getClosesAt();
        boolean wasClosed = discussion.stageAt(now()) == DiscussionStage.CLOSED;
        if (!discussion.closeAt(newClosing, now(), moderatorId)) {
            return false;
        }
        audit.record(AUDIT_KIND, discussionId, moderatorId, wasClosed ? "REOPENED" : "EXTENDED", before + " \u2192 " + newClosing);
        return true;
    }

    /**
     * A member's reply to a question of an open discussion, with the file already accepted by the intake (or null) and
     * the id of the library resource it cites, already checked (or null); replying follows the discussion.
     */
    @Transactional
    ReplyOutcome reply(long discussionId, long questionId, String markdown, AttachmentIntake.Accepted file, Long citedResourceId,
                       long authorId) {
        Discussion discussion = discussions.findById(discussionId).orElseThrow();
        Instant now = now();
        Optional<ReplyOutcome> refused = refusal(discussion, markdown, now);
        if (refused.isPresent()) {
            return refused.get();
        }
        Question question = questions.findById(questionId).filter(q -> q.getDiscussionId() == discussionId).orElseThrow();
        Reply reply = replies.save(new Reply(discussionId, question.getId(), authorId, markdown,
                richText.toSafeUserHtml(markdown), file == null ? null : new AttachedFile(file, now), citedResourceId,
                discussion.getReplyPolicy(), now));
        audit.record(REPLY_AUDIT_KIND, reply.getId(), authorId, "SENT", null);
        follow(discussionId, authorId, true);
        return reply.getStatus() == Reply.Status.PUBLISHED ? ReplyOutcome.PUBLISHED : ReplyOutcome.AWAITS_APPROVAL;
    }

    private Optional<ReplyOutcome> refusal(Discussion discussion, String markdown, Instant now) {
        if (!discussion.acceptsRepliesAt(now)) {
            return Optional.of(discussion.stageAt(now) == DiscussionStage.SCHEDULED ? ReplyOutcome.NOT_OPEN_YET : ReplyOutcome.CLOSED);
        }
        if (markdown.length() > properties.maxReplyLength()) {
            return Optional.of(ReplyOutcome.TOO_LONG);
        }
        return Optional.empty();
    }

    /** The author's change within the edit window, while the discussion is open; the earlier words are kept. */
    @Transactional
    ReplyOutcome edit(long replyId, String markdown, long authorId) {
        Reply reply = replies.findForUpdate(replyId).orElseThrow();
        Discussion discussion = discussions.findById(reply.getDiscussionId()).orElseThrow();
        Instant now = now();
        if (!reply.editableBy(authorId, now, properties.editWindow())) {
            return ReplyOutcome.NOT_EDITABLE;
        }
        Optional<ReplyOutcome> refused = refusal(discussion, markdown, now);
        if (refused.isPresent()) {
            return refused.get();
        }
        jdbc.update("insert into discussion_reply_edit (reply_id, body_markdown, replaced_at) values (?, ?, ?)",
                replyId, reply.getBodyMarkdown(), java.sql.Timestamp.from(now));
        reply.revise(markdown, richText.toSafeUserHtml(markdown), discussion.getReplyPolicy(), now);
        audit.record(REPLY_AUDIT_KIND, replyId, authorId, "EDITED", null);
        return reply.getStatus() == Reply.Status.PUBLISHED ? ReplyOutcome.PUBLISHED : ReplyOutcome.AWAITS_APPROVAL;
    }

    /** Approves a waiting reply; a second moderator approving the same one at the same moment changes nothing. */
    @Transactional
    Decision approve(long replyId, long moderatorId) {
        Reply reply = replies.findForUpdate(replyId).orElseThrow();
        if (!reply.approve(moderatorId, now())) {
            return Decision.ALREADY_DECIDED;
        }
        audit.record(REPLY_AUDIT_KIND, replyId, moderatorId, "APPROVED", null);
        return Decision.DONE;
    }

    /** Refuses a waiting reply or takes down a published one; the author sees the reason and gets it by mail. */
    @Transactional
    Decision reject(long replyId, String reason, long moderatorId) {
        Reply reply = replies.findForUpdate(replyId).orElseThrow();
        if (!reply.reject(moderatorId, reason.strip(), now())) {
            return Decision.ALREADY_DECIDED;
        }
        audit.record(REPLY_AUDIT_KIND, replyId, moderatorId, "REJECTED", reason.strip());
        Discussion discussion = discussions.findById(reply.getDiscussionId()).orElseThrow();
        contacts.contact(reply.getAuthorId()).ifPresent(author -> publisher.publishEvent(new ForumMail.ReplyRejected(
                author.email(), author.name(), discussion.getTitle(), reason.strip(), "/discussions/" + discussion.getId() + "#reply-" + replyId)));
        return Decision.DONE;
    }

    @Transactional
    Decision highlight(long replyId, boolean on, long moderatorId) {
        Reply reply = replies.findForUpdate(replyId).orElseThrow();
        if (!reply.highlight(on)) {
            return Decision.ALREADY_DECIDED;
        }
        audit.record(REPLY_AUDIT_KIND, replyId, moderatorId, on ? "HIGHLIGHTED" : "UNHIGHLIGHTED", null);
        return Decision.DONE;
    }

    /** Keeps a draft of the synopsis; false when the discussion is not closed or the synopsis is already out. */
    @Transactional
    boolean saveSynopsis(long discussionId, ForumForms.SynopsisForm form, long moderatorId) {
        Discussion discussion = discussions.findForUpdate(discussionId).orElseThrow();
        boolean saved = discussion.saveSynopsis(new Discussion.Synopsis(form.keyPoints(), form.conclusions(), form.nextSteps(),
                richText.toSafeHtml(form.keyPoints()), richText.toSafeHtml(form.conclusions()),
                richText.toSafeHtml(form.nextSteps())), moderatorId, now());
        if (saved) {
            audit.record(AUDIT_KIND, discussionId, moderatorId, "SYNOPSIS_SAVED", null);
        }
        return saved;
    }

    /**
     * Publishes the saved synopsis, once: the row is locked, so a second click or a second moderator finds it out
     * already and nothing more happens. Every member is then mailed it (by the notify module, in batches).
     */
    @Transactional
    boolean publishSynopsis(long discussionId, long moderatorId) {
        return publishSynopsis(discussionId, moderatorId, true);
    }

    /** Demo data only: a synopsis of a discussion that "happened" weeks ago is not news to anyone, so nobody is mailed. */
    @Transactional
    boolean publishSynopsisWithoutMail(long discussionId, long moderatorId) {
        return publishSynopsis(discussionId, moderatorId, false);
    }

    private boolean publishSynopsis(long discussionId, long moderatorId, boolean announce) {
        Discussion discussion = discussions.findForUpdate(discussionId).orElseThrow();
        if (!discussion.publishSynopsis(moderatorId, now())) {
            return false;
        }
        audit.record(AUDIT_KIND, discussionId, moderatorId, "SYNOPSIS_PUBLISHED", null);
        if (!announce) {
            return true;
        }
        Discussion.Synopsis synopsis = discussion.getSynopsis();
        publisher.publishEvent(new ForumMail.SynopsisPublished(discussionId, discussion.getTitle(), "/discussions/" + discussionId,
                RichText.toPlainText(synopsis.keyPoints()), RichText.toPlainText(synopsis.conclusions()),
                RichText.toPlainText(synopsis.nextSteps())));
        return true;
    }

    /**
     * Demo data only: moves a discussion with its questions and replies this much into the past, so that a demo shows
     * discussions that already happened. Then the schedule records where the clock has put it.
     */
    @Transactional
    void moveIntoThePast(long discussionId, java.time.Duration by) {
        Discussion discussion = discussions.findForUpdate(discussionId).orElseThrow();
        discussion.moveEarlier(by);
        jdbc.update("update discussion_question set posted_at = posted_at - ? * interval '1 second' where discussion_id = ?",
                by.toSeconds(), discussionId);
        jdbc.update("update discussion_reply set created_at = created_at - ? * interval '1 second', decided_at = decided_at - ? * interval '1 second'"
                + " where discussion_id = ?", by.toSeconds(), by.toSeconds(), discussionId);
        recordStage(discussion, now());
    }

    @Transactional
    void follow(long discussionId, long accountId, boolean on) {
        if (on) {
            jdbc.update("insert into discussion_follower (discussion_id, account_id, since) values (?, ?, ?) on conflict do nothing",
                    discussionId, accountId, java.sql.Timestamp.from(now()));
        } else {
            jdbc.update("delete from discussion_follower where discussion_id = ? and account_id = ?", discussionId, accountId);
        }
    }

    @Transactional(readOnly = true)
    boolean follows(long discussionId, long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from discussion_follower where discussion_id = ? and account_id = ?)", Boolean.class,
                discussionId, accountId));
    }

    @Transactional(readOnly = true)
    Optional<Discussion> find(long id) {
        return discussions.findById(id);
    }

    @Transactional(readOnly = true)
    List<Question> questions(long discussionId) {
        return questions.findByDiscussionIdOrderByPosition(discussionId);
    }

    /** The replies a reader sees: published ones, and the viewer's own in any state. */
    @Transactional(readOnly = true)
    List<Reply> shownReplies(long discussionId, Long viewerId) {
        return replies.findShown(discussionId, viewerId == null ? -1 : viewerId);
    }

    @Transactional(readOnly = true)
    List<Reply> publishedReplies(long discussionId) {
        return replies.findPublished(discussionId);
    }

    @Transactional(readOnly = true)
    List<Reply> pendingReplies(long discussionId, int limit) {
        return replies.findPending(discussionId, PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    long countPendingReplies(long discussionId) {
        return replies.countPending(discussionId);
    }

    @Transactional(readOnly = true)
    Optional<Reply> findReply(long replyId) {
        return replies.findById(replyId);
    }

    @Transactional(readOnly = true)
    List<Reply> pendingFor(long moderatorId, boolean everything, int limit) {
        return replies.findPendingFor(moderatorId, everything, PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    long countPendingFor(long moderatorId, boolean everything) {
        return replies.countPendingFor(moderatorId, everything);
    }

    @Transactional(readOnly = true)
    List<Discussion> drafts(int limit) {
        return discussions.findDrafts(PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    boolean hasAnyDiscussion() {
        return discussions.existsByIdNotNull();
    }

    List<AuditEntry> history(long discussionId) {
        return audit.history(AUDIT_KIND, discussionId);
    }

    Map<Long, String> names(Collection<Long> accountIds) {
        return contacts.names(accountIds);
    }

    Map<Long, MemberContacts.Participant> participants(Collection<Long> accountIds, boolean viewerIsMember) {
        return contacts.participants(accountIds, viewerIsMember);
    }
}

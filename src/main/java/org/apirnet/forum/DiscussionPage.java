package org.apirnet.forum;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apirnet.content.ContentStatus;
import org.apirnet.content.RejectForm;
import org.apirnet.platform.LocalTimes;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.RequestValues;
import org.apirnet.web.SharedPages;
import org.apirnet.web.PageDescription;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Who may see and do what on a discussion, checked per object on the server, and the discussion page's model. A
 * draft or archived discussion is shown only to editors and its moderators; a members-only one only to members;
 * everyone else gets the same 404 as for an id that does not exist.
 */
@Component
class DiscussionPage {

    private final DiscussionService discussions;
    private final TopicProposals proposals;
    private final DiscussionViews views;
    private final CurrentViewer viewer;
    private final ForumProperties properties;
    private final ReplyAttachments attachments;

    DiscussionPage(DiscussionService discussions, TopicProposals proposals, DiscussionViews views, CurrentViewer viewer,
                   ForumProperties properties, ReplyAttachments attachments) {
        this.attachments = attachments;
        this.discussions = discussions;
        this.proposals = proposals;
        this.views = views;
        this.viewer = viewer;
        this.properties = properties;
    }

    /** The discussion behind a path variable, if the viewer may read it; a 404 otherwise. */
    Discussion readable(String id) {
        Discussion discussion = RequestValues.id(id).flatMap(discussions::find).orElseThrow(() -> new NotFoundException("discussion"));
        boolean listed = discussion.getStatus() == ContentStatus.PUBLISHED && discussion.isVisibleTo(viewer.isMember());
        if (!listed && !viewer.isEditor() && !mayModerate(discussion)) {
            throw new NotFoundException("discussion");
        }
        return discussion;
    }

    /** The discussion, if the viewer runs it (its moderator, or an admin); a 404 otherwise, as for any stranger. */
    Discussion moderated(String id) {
        Discussion discussion = readable(id);
        if (!mayModerate(discussion)) {
            throw new NotFoundException("discussion");
        }
        return discussion;
    }

    boolean mayModerate(Discussion discussion) {
        return DiscussionService.mayModerate(discussion, viewer.accountId().orElse(null), viewer.hasRole("ADMIN"));
    }

    /** A reply of this discussion, or a 404 (a reply id from another discussion is not found here). */
    Reply replyOf(Discussion discussion, String replyId) {
        return RequestValues.id(replyId).flatMap(discussions::findReply)
                .filter(reply -> reply.getDiscussionId() == discussion.getId())
                .orElseThrow(() -> new NotFoundException("reply"));
    }

    /**
     * A reply of this discussion that this viewer may see, or a 404: published ones for whoever reads the discussion,
     * waiting and rejected ones only for their author and the discussion's moderators (and admins).
     */
    Reply shownReplyOf(Discussion discussion, String replyId) {
        Reply reply = replyOf(discussion, replyId);
        if (!reply.isShownTo(viewer.accountId().orElse(null), mayModerate(discussion))) {
            throw new NotFoundException("reply");
        }
        return reply;
    }

    /** Whether anyone at all, signed in or not, may see this reply right now: then shared caches may keep its file. */
    boolean isPublic(Discussion discussion, Reply reply) {
        return reply.getStatus() == Reply.Status.PUBLISHED && discussion.isPublic();
    }

    /** A question of this discussion, or a 404. */
    Question questionOf(Discussion discussion, String questionId) {
        long id = RequestValues.id(questionId).orElseThrow(() -> new NotFoundException("question"));
        return discussions.questions(discussion.getId()).stream().filter(q -> q.getId() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("question"));
    }

    /**
     * Fills the model of the discussion page. {@code replyingTo} names the question whose reply form shows what the
     * member typed (after a refusal); the other forms start empty unless the model already holds them.
     */
    String show(Model model, Discussion discussion, Long replyingTo) {
        Instant now = discussions.now();
        Long viewerId = viewer.accountId().orElse(null);
        List<Question> questions = discussions.questions(discussion.getId());
        List<Reply> replies = discussions.shownReplies(discussion.getId(), viewerId);
        Set<Long> people = new HashSet<>(discussion.getModeratorIds());
        replies.forEach(reply -> people.add(reply.getAuthorId()));
        DiscussionViews.Detail detail = views.detail(discussion, questions, replies,
                discussions.participants(people, viewer.isMember()), attachments.citedBy(replies), viewerId, viewer.isMember(),
                now, properties.editWindow());
        boolean moderates = mayModerate(discussion);
        model.addAttribute("d", detail);
        PageDescription.describe(model, discussion.getSummary());
        model.addAttribute("stages", DiscussionStage.values());
        model.addAttribute("proposalId", proposals.ofDiscussion(discussion.getId()).map(TopicProposal::getId).orElse(null));
        model.addAttribute("canModerate", moderates);
        model.addAttribute("canEdit", viewer.isEditor());
        model.addAttribute("isMember", viewer.isMember());
        model.addAttribute("signedIn", viewerId != null);
        model.addAttribute("canReply", viewer.isMember() && discussion.acceptsRepliesAt(now));
        model.addAttribute("canAsk", moderates && discussion.acceptsQuestionsAt(now));
        model.addAttribute("replyingTo", replyingTo);
        model.addAttribute("maxReplyLength", properties.maxReplyLength());
        model.addAttribute("maxFileMegabytes", attachments.maxFileMegabytes());
        model.addAttribute("editWindowMinutes", properties.editWindow().toMinutes());
        if (!model.containsAttribute("replyForm")) {
            model.addAttribute("replyForm", ForumForms.ReplyForm.empty());
        }
        if (moderates) {
            model.addAttribute("pendingCount", discussions.countPendingReplies(discussion.getId()));
            if (!model.containsAttribute("questionForm")) {
                model.addAttribute("questionForm", ForumForms.QuestionForm.empty());
            }
            if (!model.containsAttribute("closingForm")) {
                ZoneId zone = ZoneId.of(discussion.getTimeZone());
                model.addAttribute("closingForm", new ForumForms.ClosingForm(LocalTimes.formValue(discussion.getClosesAt(), zone)));
            }
        }
        boolean following = viewerId != null && discussions.follows(discussion.getId(), viewerId);
        model.addAttribute("following", following);
        // Its moderators, followers and repliers see their own controls, pending replies and edit links; every other
        // member with the same roles sees the same page.
        if (!moderates && !following && replies.stream().noneMatch(reply -> viewerId != null && reply.getAuthorId() == viewerId)) {
            SharedPages.share();
        }
        SharedPages.changesAt(discussion.nextChangeAfter(now)); // opening or closing changes the page by itself
        if (moderates || viewer.isEditor()) {
            var history = discussions.history(discussion.getId());
            model.addAttribute("history", history);
            model.addAttribute("names", discussions.names(history.stream().map(e -> e.actorId()).filter(a -> a != null).toList()));
        }
        return "forum/detail";
    }

    /** The moderation queue of one discussion: what waits, oldest first, with how long it has waited. */
    String queue(Model model, Discussion discussion) {
        Instant now = discussions.now();
        List<Reply> pending = discussions.pendingReplies(discussion.getId(), ModerationController.QUEUE_SHOWN);
        Set<Long> authors = new HashSet<>();
        pending.forEach(reply -> authors.add(reply.getAuthorId()));
        var people = discussions.participants(authors, true);
        var questions = discussions.questions(discussion.getId()).stream()
                .collect(java.util.stream.Collectors.toMap(Question::getId, q -> q.getPosition() + ". " + q.getTitle()));
        ZoneId zone = ZoneId.of(discussion.getTimeZone());
        model.addAttribute("discussionId", discussion.getId());
        model.addAttribute("discussionTitle", discussion.getTitle());
        model.addAttribute("stageKey", DiscussionViews.stageKey(discussion.stageAt(now)));
        var cited = attachments.citedBy(pending);
        model.addAttribute("pending", pending.stream().map(reply -> new ModerationController.Waiting(reply.getId(),
                questions.getOrDefault(reply.getQuestionId(), ""), reply.getBodyHtml(), DiscussionViews.file(reply),
                DiscussionViews.citation(reply, cited, true),
                Optional.ofNullable(people.get(reply.getAuthorId())).map(p -> p.credit() == null ? null : p.credit().name()).orElse(null),
                LocalTimes.dayAndTime(reply.getCreatedAt(), zone), reply.getCreatedAt().toString(),
                DiscussionViews.Countdown.between(reply.getCreatedAt(), now))).toList());
        model.addAttribute("waiting", discussions.countPendingReplies(discussion.getId()));
        if (!model.containsAttribute("rejectForm")) {
            model.addAttribute("rejectForm", RejectForm.empty());
        }
        return "forum/moderation";
    }

    /** A published reply the synopsis can draw on, with Markdown that quotes and links it. */
    public record Quotable(long id, String question, String author, String excerpt, String markdown) {
    }

    List<Quotable> quotable(Discussion discussion) {
        List<Reply> published = discussions.publishedReplies(discussion.getId());
        Set<Long> authors = new HashSet<>();
        published.forEach(reply -> authors.add(reply.getAuthorId()));
        var people = discussions.participants(authors, true);
        var questions = discussions.questions(discussion.getId()).stream()
                .collect(java.util.stream.Collectors.toMap(Question::getId, q -> q.getPosition() + ". " + q.getTitle()));
        return published.stream().map(reply -> {
            String text = org.apirnet.platform.RichText.toPlainText(reply.getBodyMarkdown()).strip().replaceAll("\\s+", " ");
            String excerpt = text.length() > 240 ? text.substring(0, 240).strip() + "\u2026" : text;
            var person = people.get(reply.getAuthorId());
            String author = person == null || person.credit() == null ? "A member" : person.credit().name();
            String markdown = "> " + excerpt + "\n>\n> \u2014 [" + author.replace("]", "") + "](/discussions/"
                    + discussion.getId() + "#reply-" + reply.getId() + ")";
            return new Quotable(reply.getId(), questions.getOrDefault(reply.getQuestionId(), ""), author, excerpt, markdown);
        }).toList();
    }
}

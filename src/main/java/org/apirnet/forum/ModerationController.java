package org.apirnet.forum;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.validation.Valid;
import org.apirnet.content.RejectForm;
import org.apirnet.platform.LocalTimes;
import org.apirnet.web.PortalPrincipal;
import org.apirnet.web.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a discussion's moderators do: pose questions, decide replies, move the closing time, write and publish the
 * synopsis. The URL rule lets moderators (and roles above) in; every handler then checks that this person runs
 * this discussion, so a moderator of another discussion posting the form directly gets a 404.
 */
@Controller
@PreAuthorize("hasRole('MODERATOR')")
class ModerationController {

    static final int QUEUE_SHOWN = 100;

    /** A reply in the queue. */
    public record Waiting(long id, String question, String bodyHtml, DiscussionViews.FileView file,
                          DiscussionViews.CitationView citation, String author, String sent, String sentIso,
                          DiscussionViews.Countdown waited) {
    }

    private final DiscussionService discussions;
    private final DiscussionPage page;

    ModerationController(DiscussionService discussions, DiscussionPage page) {
        this.discussions = discussions;
        this.page = page;
    }

    @PostMapping("/discussions/{id}/questions")
    String ask(@PathVariable String id, @Valid @ModelAttribute("questionForm") ForumForms.QuestionForm form, BindingResult errors,
               @AuthenticationPrincipal PortalPrincipal moderator, Model model, RedirectAttributes redirect) {
        Discussion discussion = page.moderated(id);
        if (errors.hasErrors()) {
            model.addAttribute("questionProblem", true);
            return page.show(model, discussion, null);
        }
        return discussions.postQuestion(discussion.getId(), form, moderator.getAccountId())
                .map(questionId -> {
                    redirect.addFlashAttribute("notice", "forum.question.posted.notice");
                    return "redirect:/discussions/" + discussion.getId() + "#question-" + questionId;
                })
                .orElseGet(() -> {
                    model.addAttribute("questionProblem", true);
                    model.addAttribute("questionRefused", "forum.question.refused");
                    return page.show(model, discussion, null);
                });
    }

    @GetMapping("/discussions/{id}/moderation")
    String queue(@PathVariable String id, Model model) {
        return page.queue(model, page.moderated(id));
    }

    @PostMapping("/discussions/{id}/replies/{replyId}/approve")
    String approve(@PathVariable String id, @PathVariable String replyId,
                   @AuthenticationPrincipal PortalPrincipal moderator, RedirectAttributes redirect) {
        Discussion discussion = page.moderated(id);
        Reply reply = page.replyOf(discussion, replyId);
        DiscussionService.Decision decision = discussions.approve(reply.getId(), moderator.getAccountId());
        redirect.addFlashAttribute("notice", decision == DiscussionService.Decision.DONE ? "forum.reply.approved" : "forum.reply.alreadyDecided");
        return "redirect:/discussions/" + discussion.getId() + "/moderation";
    }

    @PostMapping("/discussions/{id}/replies/{replyId}/reject")
    String reject(@PathVariable String id, @PathVariable String replyId,
                  @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult errors,
                  @RequestParam(name = "from", required = false) String from,
                  @AuthenticationPrincipal PortalPrincipal moderator, Model model, RedirectAttributes redirect) {
        Discussion discussion = page.moderated(id);
        Reply reply = page.replyOf(discussion, replyId);
        if (errors.hasErrors()) {
            model.addAttribute("rejectingId", reply.getId());
            return page.queue(model, discussion);
        }
        DiscussionService.Decision decision = discussions.reject(reply.getId(), form.reason(), moderator.getAccountId());
        redirect.addFlashAttribute("notice", decision == DiscussionService.Decision.DONE ? "forum.reply.rejected" : "forum.reply.alreadyDecided");
        return "page".equals(from) ? "redirect:/discussions/" + discussion.getId() + "#question-" + reply.getQuestionId()
                : "redirect:/discussions/" + discussion.getId() + "/moderation";
    }

    @PostMapping("/discussions/{id}/replies/{replyId}/highlight")
    String highlight(@PathVariable String id, @PathVariable String replyId,
                     @RequestParam(name = "on", required = false) String on,
                     @AuthenticationPrincipal PortalPrincipal moderator, RedirectAttributes redirect) {
        Discussion discussion = page.moderated(id);
        Reply reply = page.replyOf(discussion, replyId);
        boolean highlight = !"false".equals(on);
        DiscussionService.Decision decision = discussions.highlight(reply.getId(), highlight, moderator.getAccountId());
        redirect.addFlashAttribute("notice", decision == DiscussionService.Decision.DONE
                ? (highlight ? "forum.reply.highlighted" : "forum.reply.unhighlighted") : "forum.unchanged");
        return "redirect:/discussions/" + discussion.getId() + "#reply-" + reply.getId();
    }

    /** A later closing time: extends an open discussion, or reopens a closed one whose synopsis is not out. */
    @PostMapping("/discussions/{id}/closing")
    String closing(@PathVariable String id, @Valid @ModelAttribute("closingForm") ForumForms.ClosingForm form, BindingResult errors,
                   @AuthenticationPrincipal PortalPrincipal moderator, Model model, RedirectAttributes redirect) {
        Discussion discussion = page.moderated(id);
        Instant closing = errors.hasErrors() ? null : LocalTimes.instant(form.closesAt(), ZoneId.of(discussion.getTimeZone()));
        if (closing == null && !errors.hasErrors()) {
            errors.rejectValue("closesAt", "forum.datetime.format");
        }
        if (!errors.hasErrors() && !discussions.closeAt(discussion.getId(), closing, moderator.getAccountId())) {
            errors.rejectValue("closesAt", "forum.closing.notLater");
        }
        if (errors.hasErrors()) {
            return page.show(model, discussion, null);
        }
        redirect.addFlashAttribute("notice", "forum.closing.moved");
        return "redirect:/discussions/" + discussion.getId();
    }

    @GetMapping("/discussions/{id}/synopsis")
    String synopsisForm(@PathVariable String id, Model model) {
        Discussion discussion = page.moderated(id);
        Discussion.Synopsis saved = discussion.getSynopsis();
        ForumForms.SynopsisForm form = saved == null ? ForumForms.SynopsisForm.empty()
                : new ForumForms.SynopsisForm(saved.keyPoints(), saved.conclusions(), saved.nextSteps());
        return synopsisPage(model, discussion, form);
    }

    /** Saving keeps a draft; publishing saves and publishes, once. */
    @PostMapping("/discussions/{id}/synopsis")
    String synopsis(@PathVariable String id, @Valid @ModelAttribute("synopsisForm") ForumForms.SynopsisForm form, BindingResult errors,
                    @RequestParam(name = "action", required = false) String action,
                    @AuthenticationPrincipal PortalPrincipal moderator, Model model, RedirectAttributes redirect) {
        Discussion discussion = page.moderated(id);
        if (errors.hasErrors()) {
            return synopsisPage(model, discussion, form);
        }
        if (!discussions.saveSynopsis(discussion.getId(), form, moderator.getAccountId())) {
            model.addAttribute("synopsisProblem", discussion.getStage() == DiscussionStage.PUBLISHED
                    || discussion.stageAt(discussions.now()) == DiscussionStage.PUBLISHED ? "forum.synopsis.alreadyPublished" : "forum.synopsis.notClosed");
            return synopsisPage(model, discussion, form);
        }
        if ("publish".equals(action)) {
            boolean published = discussions.publishSynopsis(discussion.getId(), moderator.getAccountId());
            redirect.addFlashAttribute("notice", published ? "forum.synopsis.published" : "forum.synopsis.alreadyPublished");
            return "redirect:/discussions/" + discussion.getId();
        }
        redirect.addFlashAttribute("notice", "forum.synopsis.saved");
        return "redirect:/discussions/" + discussion.getId() + "/synopsis";
    }

    private String synopsisPage(Model model, Discussion discussion, ForumForms.SynopsisForm form) {
        model.addAttribute("discussionId", discussion.getId());
        model.addAttribute("discussionTitle", discussion.getTitle());
        model.addAttribute("stageKey", DiscussionViews.stageKey(discussion.stageAt(discussions.now())));
        model.addAttribute("closed", discussion.stageAt(discussions.now()) == DiscussionStage.CLOSED);
        model.addAttribute("savedAt", discussion.getSynopsisSavedAt() == null ? null
                : LocalTimes.dayAndTime(discussion.getSynopsisSavedAt(), ZoneId.of(discussion.getTimeZone())));
        model.addAttribute("synopsisForm", form);
        model.addAttribute("quotable", page.quotable(discussion));
        return "forum/synopsis";
    }

    @Bean
    static RouteRules forumRoutes() {
        return routes -> routes
                .requestMatchers("/discussions/new", "/discussions/*/edit", "/discussions/*/schedule",
                        "/discussions/*/archive").hasRole("EDITOR")
                .requestMatchers("/discussions/*/questions", "/discussions/*/moderation", "/discussions/*/replies/*/approve",
                        "/discussions/*/replies/*/reject", "/discussions/*/replies/*/highlight", "/discussions/*/closing",
                        "/discussions/*/synopsis").hasRole("MODERATOR")
                .requestMatchers("/discussions/*/questions/*/replies", "/discussions/*/replies/*/edit",
                        "/discussions/*/follow", "/discussions/proposals/*/support").hasRole("MEMBER")
                .requestMatchers(org.springframework.http.HttpMethod.POST, "/discussions/proposals").hasRole("MEMBER")
                .requestMatchers("/discussions/proposals/*/decline").hasRole("EDITOR");
    }
}

package org.apirnet.forum;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.apirnet.platform.AttachmentIntake;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.PortalPrincipal;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Members taking part: replying to a question (with a file and a cited library resource if they like), changing
 * their reply within the edit window, following. A reply that cannot be taken (the discussion closed a second ago, the
 * text is too long, the file or the citation is refused) comes back on the same page with the text as typed and the
 * reason, never lost; a file the browser cannot send again is asked for again.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class ParticipationController {

    private final DiscussionService discussions;
    private final DiscussionPage page;

    private final ForumProperties properties;
    private final ReplyAttachments attachments;

    ParticipationController(DiscussionService discussions, DiscussionPage page, ForumProperties properties,
                            ReplyAttachments attachments) {
        this.discussions = discussions;
        this.page = page;
        this.properties = properties;
        this.attachments = attachments;
    }

    @PostMapping("/discussions/{id}/questions/{questionId}/replies")
    String reply(@PathVariable String id, @PathVariable String questionId,
                 @Valid @ModelAttribute("replyForm") ForumForms.ReplyForm form, BindingResult errors,
                 @RequestParam(name = "file", required = false) MultipartFile file,
                 @AuthenticationPrincipal PortalPrincipal member, Model model, RedirectAttributes redirect) {
        Discussion discussion = page.readable(id);
        Question question = page.questionOf(discussion, questionId);
        List<MultipartFile> chosen = AttachmentIntake.chosen(file == null ? List.of() : List.of(file));
        Long cited = attachments.citedResource(form, errors);
        attachments.checkQuota(member.getAccountId(), chosen, errors);
        if (errors.hasErrors()) {
            model.addAttribute("fileLost", !chosen.isEmpty());
            return page.show(model, discussion, question.getId());
        }
        Optional<AttachmentIntake.Accepted> accepted = attachments.accept(chosen, errors);
        if (errors.hasErrors()) {
            return page.show(model, discussion, question.getId());
        }
        DiscussionService.ReplyOutcome outcome = attachments.saving(accepted, () -> discussions.reply(discussion.getId(),
                question.getId(), form.body(), accepted.orElse(null), cited, member.getAccountId()));
        return switch (outcome) {
            case PUBLISHED, AWAITS_APPROVAL -> {
                redirect.addFlashAttribute("notice", "forum.reply." + outcome.name());
                yield "redirect:/discussions/" + discussion.getId() + "#question-" + question.getId();
            }
            default -> {
                model.addAttribute("replyProblem", "forum.reply." + outcome.name());
                model.addAttribute("fileLost", accepted.isPresent());
                yield page.show(model, discussion, question.getId());
            }
        };
    }

    @GetMapping("/discussions/{id}/replies/{replyId}/edit")
    String editForm(@PathVariable String id, @PathVariable String replyId,
                    @AuthenticationPrincipal PortalPrincipal member, Model model) {
        Discussion discussion = page.readable(id);
        Reply reply = ownReply(discussion, replyId, member);
        return editPage(model, discussion, reply, ForumForms.ReplyForm.of(reply.getBodyMarkdown()));
    }

    @PostMapping("/discussions/{id}/replies/{replyId}/edit")
    String edit(@PathVariable String id, @PathVariable String replyId,
                @Valid @ModelAttribute("replyForm") ForumForms.ReplyForm form, BindingResult errors,
                @AuthenticationPrincipal PortalPrincipal member, Model model, RedirectAttributes redirect) {
        Discussion discussion = page.readable(id);
        Reply reply = ownReply(discussion, replyId, member);
        if (errors.hasErrors()) {
            return editPage(model, discussion, reply, form);
        }
        DiscussionService.ReplyOutcome outcome = discussions.edit(reply.getId(), form.body(), member.getAccountId());
        if (outcome == DiscussionService.ReplyOutcome.PUBLISHED || outcome == DiscussionService.ReplyOutcome.AWAITS_APPROVAL) {
            redirect.addFlashAttribute("notice", "forum.reply.edited." + outcome.name());
            return "redirect:/discussions/" + discussion.getId() + "#reply-" + reply.getId();
        }
        model.addAttribute("replyProblem", "forum.reply." + outcome.name());
        return editPage(model, discussion, reply, form);
    }

    private String editPage(Model model, Discussion discussion, Reply reply, ForumForms.ReplyForm form) {
        model.addAttribute("discussionId", discussion.getId());
        model.addAttribute("discussionTitle", discussion.getTitle());
        model.addAttribute("replyId", reply.getId());
        model.addAttribute("replyForm", form);
        model.addAttribute("maxReplyLength", properties.maxReplyLength());
        return "forum/reply-edit";
    }

    /** Only the author's own reply; anyone else's is not found, as if it did not exist. */
    private Reply ownReply(Discussion discussion, String replyId, PortalPrincipal member) {
        Reply reply = page.replyOf(discussion, replyId);
        if (reply.getAuthorId() != member.getAccountId()) {
            throw new NotFoundException("reply");
        }
        return reply;
    }

    @PostMapping("/discussions/{id}/follow")
    String follow(@PathVariable String id, @RequestParam(name = "follow", required = false) String follow,
                  @AuthenticationPrincipal PortalPrincipal member, RedirectAttributes redirect) {
        Discussion discussion = page.readable(id);
        boolean on = !"false".equals(follow);
        discussions.follow(discussion.getId(), member.getAccountId(), on);
        redirect.addFlashAttribute("notice", on ? "forum.followed" : "forum.unfollowed");
        return "redirect:/discussions/" + discussion.getId();
    }
}

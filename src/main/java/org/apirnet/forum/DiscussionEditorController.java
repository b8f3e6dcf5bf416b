package org.apirnet.forum;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import org.apirnet.content.Languages;
import org.apirnet.platform.LocalTimes;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.web.AdminMenuItem;
import org.apirnet.web.PortalPrincipal;
import org.apirnet.web.RequestValues;

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

/** Editors preparing discussions: the draft, its changes, scheduling it, archiving it. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class DiscussionEditorController {

    private final DiscussionService discussions;
    private final DiscussionPage page;
    private final TopicProposals proposals;
    private final Taxonomy taxonomy;

    DiscussionEditorController(DiscussionService discussions, DiscussionPage page, TopicProposals proposals, Taxonomy taxonomy) {
        this.discussions = discussions;
        this.page = page;
        this.proposals = proposals;
        this.taxonomy = taxonomy;
    }

    /** A new draft; {@code ?proposal=} starts it from a members' topic proposal, which it stays linked to. */
    @GetMapping("/discussions/new")
    String newDiscussion(@RequestParam(name = "proposal", required = false) String proposal, Model model) {
        Optional<TopicProposal> from = openProposal(proposal);
        DiscussionForm form = from.map(p -> {
            DiscussionForm empty = DiscussionForm.empty();
            String summary = p.getWhy().length() > 2000 ? p.getWhy().substring(0, 2000) : p.getWhy();
            return new DiscussionForm(p.getTitle(), summary, p.getWhy(), p.getThemeIds().stream().map(String::valueOf).toList(),
                    p.getCountryIso2s().stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList(), List.of(),
                    empty.opensAt(), empty.closesAt(), empty.timeZone(), empty.replyPolicy(), empty.language(), empty.visibility(), "");
        }).orElse(DiscussionForm.empty());
        model.addAttribute("proposalId", from.map(TopicProposal::getId).orElse(null));
        return form(model, form, null);
    }

    @PostMapping("/discussions/new")
    String create(@Valid @ModelAttribute("form") DiscussionForm form, BindingResult errors,
                  @RequestParam(name = "proposal", required = false) String proposal,
                  @AuthenticationPrincipal PortalPrincipal editor, Model model, RedirectAttributes redirect) {
        Optional<TopicProposal> from = openProposal(proposal);
        Optional<Discussion.Content> content = discussions.check(form, errors);
        if (content.isEmpty()) {
            model.addAttribute("proposalId", from.map(TopicProposal::getId).orElse(null));
            return form(model, form, null);
        }
        long id = discussions.create(content.get(), editor.getAccountId());
        boolean linked = from.isPresent() && proposals.accept(from.get().getId(), id, editor.getAccountId());
        redirect.addFlashAttribute("notice", linked ? "forum.saved.draftFromProposal" : "forum.saved.draft");
        return "redirect:/discussions/" + id;
    }

    private Optional<TopicProposal> openProposal(String id) {
        return id == null || id.isBlank() ? Optional.empty()
                : RequestValues.id(id).flatMap(proposals::find).filter(p -> p.getStatus() == TopicProposal.Status.OPEN);
    }

    @GetMapping("/discussions/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        Discussion discussion = page.readable(id);
        return form(model, DiscussionForm.of(discussion), discussion);
    }

    @PostMapping("/discussions/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("form") DiscussionForm form, BindingResult errors,
                  @AuthenticationPrincipal PortalPrincipal editor, Model model, RedirectAttributes redirect) {
        Discussion discussion = page.readable(id);
        Optional<Discussion.Content> content = discussions.check(form, errors);
        if (content.isEmpty()) {
            return form(model, form, discussion);
        }
        long basedOn = form.version() != null && form.version().matches("\\d{1,18}") ? Long.parseLong(form.version()) : -1;
        if (!discussions.update(discussion.getId(), content.get(), editor.getAccountId(), basedOn)) {
            model.addAttribute("staleForm", true);
            return form(model, form, discussions.find(discussion.getId()).orElse(discussion));
        }
        redirect.addFlashAttribute("notice", "forum.saved.changes");
        return "redirect:/discussions/" + discussion.getId();
    }

    @PostMapping("/discussions/{id}/schedule")
    String schedule(@PathVariable String id, @AuthenticationPrincipal PortalPrincipal editor, RedirectAttributes redirect) {
        Discussion discussion = page.readable(id);
        redirect.addFlashAttribute("notice", discussions.schedule(discussion.getId(), editor.getAccountId())
                ? "forum.scheduled" : "forum.unchanged");
        return "redirect:/discussions/" + discussion.getId();
    }

    @PostMapping("/discussions/{id}/archive")
    String archive(@PathVariable String id, @AuthenticationPrincipal PortalPrincipal editor, RedirectAttributes redirect) {
        Discussion discussion = page.readable(id);
        redirect.addFlashAttribute("notice", discussions.archive(discussion.getId(), editor.getAccountId())
                ? "forum.archived" : "forum.unchanged");
        return "redirect:/discussions/" + discussion.getId();
    }

    /** A person offered as moderator. */
    public record Candidate(String id, String name) {
    }

    private String form(Model model, DiscussionForm form, Discussion existing) {
        model.addAttribute("form", form);
        model.addAttribute("discussionId", existing == null ? null : existing.getId());
        model.addAttribute("timesFixed", existing != null && existing.hasOpenedBy(discussions.now()));
        model.addAttribute("themes", taxonomy.themes());
        model.addAttribute("countriesBySubregion", taxonomy.countriesBySubregion());
        model.addAttribute("languages", Languages.BY_CODE);
        model.addAttribute("zones", LocalTimes.REGION_ZONES);
        Map<Long, String> candidates = discussions.moderatorCandidates();
        model.addAttribute("candidates", candidates.entrySet().stream()
                .map(entry -> new Candidate(String.valueOf(entry.getKey()), entry.getValue())).toList());
        model.addAttribute("policies", List.of(ReplyPolicy.values()).stream().map(Enum::name).toList());
        return "forum/form";
    }

    @Bean
    static AdminMenuItem discussionsAdmin() {
        return new AdminMenuItem("/discussions/new", "forum.admin.new", "forum.admin.new.description", 37);
    }
}

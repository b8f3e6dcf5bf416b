package org.apirnet.forum;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.apirnet.content.ContentTags;
import org.apirnet.content.RejectForm;
import org.apirnet.content.Tag;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.PortalPrincipal;
import org.apirnet.web.RequestValues;

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
 * {@code /discussions/proposals}: topics members propose, with their support. Everyone reads them; members propose
 * and support; editors take one up as a draft discussion or decline it with a reason.
 */
@Controller
class ProposalController {

    /** A proposal in the list. */
    public record Listed(long id, String title, String statusKey, long supporters, List<Tag> themes, List<Tag> countries) {
    }

    /** A proposal's page. */
    public record Detail(long id, String title, String why, String statusKey, String declineReason, Long discussionId,
                         DiscussionViews.Person proposedBy, long supporters, DiscussionViews.Origins origins,
                         List<Tag> themes, List<Tag> countries, boolean open) {
    }

    private final TopicProposals proposals;
    private final DiscussionViews views;
    private final ContentTags tags;
    private final Taxonomy taxonomy;
    private final CurrentViewer viewer;

    ProposalController(TopicProposals proposals, DiscussionViews views, ContentTags tags, Taxonomy taxonomy, CurrentViewer viewer) {
        this.proposals = proposals;
        this.views = views;
        this.tags = tags;
        this.taxonomy = taxonomy;
        this.viewer = viewer;
    }

    @GetMapping("/discussions/proposals")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProposalForm.empty());
        }
        List<TopicProposal> latest = proposals.latest();
        Map<Long, Long> counts = proposals.supportCounts(latest.stream().map(TopicProposal::getId).toList());
        model.addAttribute("proposals", latest.stream().map(p -> new Listed(p.getId(), p.getTitle(),
                "forum.proposal.status." + p.getStatus().name(), counts.getOrDefault(p.getId(), 0L), tags.themes(p.getThemeIds()),
                tags.countries(p.getCountryIso2s()))).toList());
        model.addAttribute("isMember", viewer.isMember());
        model.addAttribute("themes", taxonomy.themes());
        model.addAttribute("countriesBySubregion", taxonomy.countriesBySubregion());
        return "forum/proposals";
    }

    @PostMapping("/discussions/proposals")
    @PreAuthorize("hasRole('MEMBER')")
    String propose(@Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
                   @AuthenticationPrincipal PortalPrincipal member, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            proposals.propose(form, errors, member.getAccountId()); // adds the tag errors beside the others
            return list(model);
        }
        return proposals.propose(form, errors, member.getAccountId())
                .map(id -> {
                    redirect.addFlashAttribute("notice", "forum.proposal.made");
                    return "redirect:/discussions/proposals/" + id;
                })
                .orElseGet(() -> list(model));
    }

    @GetMapping("/discussions/proposals/{id}")
    String proposal(@PathVariable String id, Model model) {
        TopicProposal proposal = existing(id);
        List<Long> supporters = proposals.supporters(proposal.getId());
        List<Long> people = new java.util.ArrayList<>(supporters);
        people.add(proposal.getProposedBy());
        var participants = proposals.participants(people, viewer.isMember());
        var proposer = participants.get(proposal.getProposedBy());
        model.addAttribute("p", new Detail(proposal.getId(), proposal.getTitle(), proposal.getWhy(),
                "forum.proposal.status." + proposal.getStatus().name(), proposal.getDeclineReason(), proposal.getDiscussionId(),
                new DiscussionViews.Person(proposer == null || proposer.credit() == null ? null : proposer.credit().name(),
                        proposer == null || proposer.credit() == null ? null : proposer.credit().profilePath(), null),
                supporters.size(), views.origins(supporters.stream().map(participants::get).toList()),
                tags.themes(proposal.getThemeIds()), tags.countries(proposal.getCountryIso2s()),
                proposal.getStatus() == TopicProposal.Status.OPEN));
        model.addAttribute("isMember", viewer.isMember());
        model.addAttribute("isEditor", viewer.isEditor());
        model.addAttribute("supports", viewer.accountId().map(supporters::contains).orElse(false));
        if (!model.containsAttribute("rejectForm")) {
            model.addAttribute("rejectForm", RejectForm.empty());
        }
        return "forum/proposal";
    }

    @PostMapping("/discussions/proposals/{id}/support")
    @PreAuthorize("hasRole('MEMBER')")
    String support(@PathVariable String id, @RequestParam(name = "support", required = false) String support,
                   @AuthenticationPrincipal PortalPrincipal member, RedirectAttributes redirect) {
        TopicProposal proposal = existing(id);
        boolean on = !"false".equals(support);
        if (proposal.getStatus() == TopicProposal.Status.OPEN) {
            proposals.support(proposal.getId(), member.getAccountId(), on);
            redirect.addFlashAttribute("notice", on ? "forum.proposal.supported" : "forum.proposal.unsupported");
        } else {
            redirect.addFlashAttribute("notice", "forum.proposal.decided");
        }
        return "redirect:/discussions/proposals/" + proposal.getId();
    }

    @PostMapping("/discussions/proposals/{id}/decline")
    @PreAuthorize("hasRole('EDITOR')")
    String decline(@PathVariable String id, @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult errors,
                   @AuthenticationPrincipal PortalPrincipal editor, Model model, RedirectAttributes redirect) {
        TopicProposal proposal = existing(id);
        if (errors.hasErrors()) {
            return proposal(id, model);
        }
        redirect.addFlashAttribute("notice", proposals.decline(proposal.getId(), form.reason(), editor.getAccountId())
                ? "forum.proposal.declined" : "forum.proposal.decided");
        return "redirect:/discussions/proposals/" + proposal.getId();
    }

    private TopicProposal existing(String id) {
        return RequestValues.id(id).flatMap(proposals::find).orElseThrow(() -> new NotFoundException("proposal"));
    }
}

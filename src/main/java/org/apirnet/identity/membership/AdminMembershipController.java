package org.apirnet.identity.membership;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.apirnet.content.RejectForm;
import org.apirnet.identity.accounts.FormRules;
import org.apirnet.identity.accounts.Forms;
import org.apirnet.identity.accounts.PortalUser;
import org.apirnet.identity.accounts.Role;
import org.apirnet.identity.directory.MemberViews;
import org.apirnet.identity.directory.ProfileReferences;
import org.apirnet.web.RequestValues;

/** Admins deciding applications and inviting people. {@code /admin/**} is for admins only (web security rules). */
@Controller
@PreAuthorize("hasRole('ADMIN')") // besides the /admin/** URL rule: a second fence if a mapping ever moves
class AdminMembershipController {

    static final List<Role> INVITABLE = List.of(Role.MEMBER, Role.MODERATOR, Role.EDITOR, Role.ADMIN);

    private final MembershipService membership;
    private final InvitationService invitations;
    private final MemberViews views;
    private final ProfileReferences references;

    AdminMembershipController(MembershipService membership, InvitationService invitations, MemberViews views,
                              ProfileReferences references) {
        this.membership = membership;
        this.invitations = invitations;
        this.views = views;
        this.references = references;
    }

    @GetMapping("/admin/applications")
    String applications(Model model) {
        model.addAttribute("applications", views.applications(membership.awaitingDecision()));
        if (!model.containsAttribute("rejectForm")) {
            model.addAttribute("rejectForm", RejectForm.empty());
        }
        return "identity/admin-applications";
    }

    @PostMapping("/admin/applications/{id}/approve")
    String approve(@PathVariable String id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
        report(membership.approve(RequestValues.requiredId(id), admin.getAccountId()), "applications.approved", redirect);
        return "redirect:/admin/applications";
    }

    @PostMapping("/admin/applications/{id}/reject")
    String reject(@PathVariable String id, @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult errors,
                  @AuthenticationPrincipal PortalUser admin, Model model, RedirectAttributes redirect) {
        long applicationId = RequestValues.requiredId(id);
        if (errors.hasErrors()) {
            model.addAttribute("rejectingId", applicationId);
            return applications(model);
        }
        report(membership.reject(applicationId, admin.getAccountId(), form.reason()), "applications.rejected", redirect);
        return "redirect:/admin/applications";
    }

    @PostMapping("/admin/applications/approve")
    String approveSelected(@RequestParam(name = "selected", required = false) List<String> selected,
                           @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
        List<Long> ids = selected == null ? List.of() : selected.stream().map(RequestValues::id)
                .flatMap(java.util.Optional::stream).toList();
        if (ids.isEmpty()) {
            redirect.addFlashAttribute("notice", "applications.noneSelected");
        } else {
            redirect.addFlashAttribute("notice", "applications.bulkApproved");
            redirect.addFlashAttribute("noticeArgument", membership.approveAll(ids, admin.getAccountId()));
        }
        return "redirect:/admin/applications";
    }

    private static void report(MembershipService.DecisionOutcome outcome, String doneKey, RedirectAttributes redirect) {
        if (outcome.decided()) {
            redirect.addFlashAttribute("notice", doneKey);
            redirect.addFlashAttribute("noticeArgument", outcome.applicantName());
        } else {
            redirect.addFlashAttribute("notice", "applications.alreadyDecided");
            redirect.addFlashAttribute("noticeArgument", outcome.alreadyDecidedBy() == null ? "another admin" : outcome.alreadyDecidedBy());
        }
    }

    @GetMapping("/admin/invitations")
    String invitationPage(Model model) {
        if (!model.containsAttribute("inviteForm")) {
            model.addAttribute("inviteForm", new Forms.InviteForm("", "", Role.MEMBER.name(), ""));
        }
        model.addAttribute("invitations", invitations.recent());
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("groups", references.constituencyGroups());
        model.addAttribute("groupsById", references.groupsById());
        model.addAttribute("roles", INVITABLE);
        return "identity/admin-invitations";
    }

    @PostMapping("/admin/invitations")
    String invite(@Valid @ModelAttribute("inviteForm") Forms.InviteForm form, BindingResult errors,
                  @AuthenticationPrincipal PortalUser admin, Model model, RedirectAttributes redirect) {
        references.check("addresses", null, "constituencyGroup", form.constituencyGroup(), "addresses", null, errors);
        Role role = INVITABLE.stream().filter(r -> r.name().equals(form.role())).findFirst().orElse(null);
        if (role == null && !errors.hasFieldErrors("role")) {
            errors.rejectValue("role", "validation.role.invitable");
        }
        List<InvitationService.Invitee> invitees = InvitationService.parseInvitees(form.addresses());
        if (!errors.hasFieldErrors("addresses") && invitees.size() > InvitationService.MAX_ADDRESSES_PER_BATCH) {
            errors.rejectValue("addresses", "invitations.tooMany", new Object[] {InvitationService.MAX_ADDRESSES_PER_BATCH}, null);
        }
        if (errors.hasErrors()) {
            return invitationPage(model);
        }
        InvitationService.BatchResult result = invitations.invite(invitees, form.messageOrNull(),
                FormRules.parseShort(form.constituencyGroup()), role, admin.getAccountId(), admin.getDisplayName());
        redirect.addFlashAttribute("batch", result);
        return "redirect:/admin/invitations";
    }

    @PostMapping("/admin/invitations/{id}/resend")
    String resend(@PathVariable String id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", invitations.resend(RequestValues.requiredId(id), admin.getDisplayName())
                ? "invitations.resent" : "invitations.notOpen");
        return "redirect:/admin/invitations";
    }

    @PostMapping("/admin/invitations/{id}/revoke")
    String revoke(@PathVariable String id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", invitations.revoke(RequestValues.requiredId(id)) ? "invitations.revoked" : "invitations.notOpen");
        return "redirect:/admin/invitations";
    }


}

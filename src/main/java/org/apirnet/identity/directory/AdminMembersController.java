package org.apirnet.identity.directory;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.apirnet.content.AuditEntry;
import org.apirnet.identity.MemberContacts;
import org.apirnet.identity.accounts.Account;
import org.apirnet.identity.accounts.AccountHistory;
import org.apirnet.identity.accounts.AccountService;
import org.apirnet.identity.accounts.AccountStatus;
import org.apirnet.identity.accounts.Forms;
import org.apirnet.identity.accounts.PortalUser;
import org.apirnet.identity.accounts.Role;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.Pager;
import org.apirnet.web.QueryLinks;
import org.apirnet.web.RequestValues;

import org.springframework.data.domain.Page;
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

/** Admins managing accounts: roles, suspension, and each account's history. */
@Controller
@PreAuthorize("hasRole('ADMIN')") // besides the /admin/** URL rule: a second fence if a mapping ever moves
class AdminMembersController {

    static final List<Role> GRANTABLE = List.of(Role.MODERATOR, Role.EDITOR, Role.ADMIN);

    private final MemberDirectory directory;
    private final AccountService accounts;
    private final AccountHistory history;
    private final MemberContacts contacts;
    private final MemberViews views;

    AdminMembersController(MemberDirectory directory, AccountService accounts, AccountHistory history, MemberViews views,
                           MemberContacts contacts) {
        this.directory = directory;
        this.accounts = accounts;
        this.history = history;
        this.contacts = contacts;
        this.views = views;
    }

    @GetMapping("/admin/members")
    String list(@RequestParam(name = "q", required = false) String text,
                @RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "page", required = false) String page, Model model) {
        AccountStatus selected = parseStatus(status);
        String query = text == null ? "" : text.strip();
        Page<Account> found = directory.search(new MemberDirectory.Criteria(query.length() > 100 ? query.substring(0, 100) : query,
                null, null, null, selected, true), RequestValues.pageIndex(page));
        model.addAttribute("accounts", found.getContent());
        model.addAttribute("page", found);
        model.addAttribute("q", query);
        model.addAttribute("pager", Pager.of(found, QueryLinks.of("/admin/members",
                java.util.Map.of("q", query, "status", selected == null ? "" : selected.name()))));
        model.addAttribute("selectedStatus", selected == null ? "" : selected.name());
        model.addAttribute("statuses", AccountStatus.values());
        return "identity/admin-members";
    }

    @GetMapping("/admin/members/{id}")
    String detail(@PathVariable String id, Model model) {
        Account account = accounts.find(RequestValues.requiredId(id)).orElseThrow(() -> new NotFoundException("account"));
        model.addAttribute("account", account);
        model.addAttribute("card", views.card(account));
        List<AuditEntry> entries = history.of(account.getId());
        model.addAttribute("history", entries);
        model.addAttribute("names", contacts.names(entries.stream().map(AuditEntry::actorId).filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("grantable", GRANTABLE);
        if (!model.containsAttribute("suspendForm")) {
            model.addAttribute("suspendForm", new Forms.SuspendForm(""));
        }
        return "identity/admin-member";
    }

    /**
     * Grants or removes a role. Making someone an admin hands over the whole portal, so it takes a second step: a
     * page that says what the role allows, and a button that confirms.
     */
    @PostMapping("/admin/members/{id}/roles")
    String changeRole(@PathVariable String id, @RequestParam(name = "role", required = false) String role,
                      @RequestParam(name = "action", required = false) String action,
                      @RequestParam(name = "confirmed", required = false) String confirmed,
                      @AuthenticationPrincipal PortalUser admin, Model model, RedirectAttributes redirect) {
        long accountId = RequestValues.requiredId(id);
        Role parsed = parseRole(role);
        AccountService.RoleChange outcome;
        if (parsed == Role.ADMIN && "grant".equals(action) && !"yes".equals(confirmed)) {
            Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account"));
            model.addAttribute("account", account);
            return "identity/admin-confirm-admin";
        }
        if (parsed == null || !GRANTABLE.contains(parsed)) {
            outcome = AccountService.RoleChange.NOT_ALLOWED;
        } else if ("grant".equals(action)) {
            outcome = accounts.grant(accountId, parsed, admin.getAccountId());
        } else if ("remove".equals(action)) {
            outcome = accounts.revoke(accountId, parsed, admin.getAccountId());
        } else {
            outcome = AccountService.RoleChange.NOT_ALLOWED;
        }
        redirect.addFlashAttribute("notice", "members.role." + outcome.name());
        redirect.addFlashAttribute("noticeArgument", accounts.find(accountId).map(Account::getDisplayName).orElse(""));
        return "redirect:/admin/members/" + accountId;
    }

    @PostMapping("/admin/members/{id}/suspend")
    String suspend(@PathVariable String id, @Valid @ModelAttribute("suspendForm") Forms.SuspendForm form, BindingResult errors,
                   @AuthenticationPrincipal PortalUser admin, Model model, RedirectAttributes redirect) {
        long accountId = RequestValues.requiredId(id);
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        redirect.addFlashAttribute("notice", "members.suspend." + accounts.suspend(accountId, admin.getAccountId(), form.reason()).name());
        redirect.addFlashAttribute("noticeArgument", accounts.find(accountId).map(Account::getDisplayName).orElse(""));
        return "redirect:/admin/members/" + accountId;
    }

    @PostMapping("/admin/members/{id}/reinstate")
    String reinstate(@PathVariable String id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
        long accountId = RequestValues.requiredId(id);
        redirect.addFlashAttribute("notice", "members.reinstate." + accounts.reinstate(accountId, admin.getAccountId()).name());
        redirect.addFlashAttribute("noticeArgument", accounts.find(accountId).map(Account::getDisplayName).orElse(""));
        return "redirect:/admin/members/" + accountId;
    }

    private static AccountStatus parseStatus(String status) {
        try {
            return status == null || status.isBlank() ? null : AccountStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Role parseRole(String role) {
        try {
            return role == null ? null : Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

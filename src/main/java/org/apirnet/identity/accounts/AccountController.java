package org.apirnet.identity.accounts;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apirnet.identity.directory.ProfileReferences;
import org.apirnet.identity.membership.MembershipService;
import org.apirnet.web.AccountSectionProvider;
import org.apirnet.web.PageSection;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own account. Every handler works on the account of the session, never on an id from the
 * request, so nobody can reach another person's account from here.
 */
@Controller
class AccountController {

    private final AccountService accounts;
    private final MembershipService membership;
    private final ProfileReferences references;
    private final List<AccountSectionProvider> sectionProviders;

    AccountController(AccountService accounts, MembershipService membership, ProfileReferences references,
                      List<AccountSectionProvider> sectionProviders) {
        this.accounts = accounts;
        this.membership = membership;
        this.references = references;
        this.sectionProviders = sectionProviders;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal PortalUser user, Model model) {
        Account account = accounts.find(user.getAccountId()).orElseThrow();
        model.addAttribute("profileForm", Forms.ProfileForm.of(account));
        model.addAttribute("passwordForm", new Forms.PasswordChangeForm("", ""));
        model.addAttribute("deleteForm", new Forms.DeleteAccountForm(""));
        return page(account, model);
    }

    @PostMapping("/account/profile")
    String updateProfile(@AuthenticationPrincipal PortalUser user,
                         @Valid @ModelAttribute("profileForm") Forms.ProfileForm form, BindingResult errors,
                         Model model, RedirectAttributes redirect) {
        Account account = accounts.find(user.getAccountId()).orElseThrow();
        if (!account.isMember()) {
            return "redirect:/account";
        }
        references.check("country", form.country(), "constituencyGroup", form.constituencyGroup(), "themes", form.themes(), errors);
        if (errors.hasErrors()) {
            model.addAttribute("passwordForm", new Forms.PasswordChangeForm("", ""));
            model.addAttribute("deleteForm", new Forms.DeleteAccountForm(""));
            return page(account, model);
        }
        accounts.updateProfile(account.getId(), form.name(), form.toProfile());
        redirect.addFlashAttribute("notice", "account.profile.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal PortalUser user,
                          @Valid @ModelAttribute("passwordForm") Forms.PasswordChangeForm form, BindingResult errors,
                          HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Account account = accounts.find(user.getAccountId()).orElseThrow();
        if (!errors.hasErrors()
                && !accounts.changePassword(account.getId(), form.currentPassword(), form.newPassword(), request.getSession().getId())) {
            errors.rejectValue("currentPassword", "account.password.wrong");
        }
        if (errors.hasErrors()) {
            model.addAttribute("profileForm", Forms.ProfileForm.of(account));
            model.addAttribute("deleteForm", new Forms.DeleteAccountForm(""));
            return page(account, model); // the template never echoes passwords back
        }
        redirect.addFlashAttribute("notice", "account.password.changed");
        return "redirect:/account";
    }

    @PostMapping("/account/delete")
    String delete(@AuthenticationPrincipal PortalUser user,
                  @Valid @ModelAttribute("deleteForm") Forms.DeleteAccountForm form, BindingResult errors,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Account account = accounts.find(user.getAccountId()).orElseThrow();
        if (!errors.hasErrors() && !accounts.passwordMatches(account, form.password())) {
            errors.rejectValue("password", "account.password.wrong");
        }
        if (!errors.hasErrors() && accounts.deleteOwnAccount(account.getId()) == AccountService.RoleChange.LAST_ADMIN) {
            errors.rejectValue("password", "account.delete.lastAdmin");
        }
        if (errors.hasErrors()) {
            model.addAttribute("profileForm", Forms.ProfileForm.of(account));
            model.addAttribute("passwordForm", new Forms.PasswordChangeForm("", ""));
            return page(account, model);
        }
        new SecurityContextLogoutHandler().logout(request, response, null);
        redirect.addFlashAttribute("notice", "account.deleted");
        return "redirect:/";
    }

    @PostMapping("/account/resend-confirmation")
    String resendConfirmation(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
        if (membership.resendConfirmation(user.getAccountId())) {
            redirect.addFlashAttribute("notice", "account.confirmation.resent");
        }
        return "redirect:/account";
    }

    private String page(Account account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("status", account.getStatus().name());
        membership.applicationOf(account.getId()).ifPresent(application -> model.addAttribute("myApplication", application));
        model.addAttribute("countries", references.countries());
        model.addAttribute("outsideCountries", references.outsideCountries());
        model.addAttribute("groups", references.constituencyGroups());
        model.addAttribute("themes", references.themes());
        model.addAttribute("visibilities", ProfileVisibility.values());
        model.addAttribute("sections", PageSection.inOrder(sectionProviders.stream()
                .flatMap(provider -> provider.accountSection(account.getId()).stream())));
        return "identity/account";
    }
}

package org.apirnet.identity.directory;

import org.apirnet.platform.RichText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apirnet.identity.ProfileContributions;
import org.apirnet.identity.accounts.Account;
import org.apirnet.identity.accounts.AccountService;
import org.apirnet.identity.accounts.AccountStatus;
import org.apirnet.identity.accounts.PortalUser;
import org.apirnet.identity.accounts.ProfileVisibility;
import org.apirnet.identity.accounts.Role;
import org.apirnet.web.NavigationItem;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.Pager;
import org.apirnet.web.QueryLinks;
import org.apirnet.web.RequestValues;

import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The member directory (members only, enforced by the URL rules) and member profiles, whose visibility each member
 * chooses: a members-only profile is a 404 to visitors, so its existence is not revealed either.
 */
@Controller
class DirectoryController {

    private final MemberDirectory directory;
    private final AccountService accounts;
    private final MemberViews views;
    private final ProfileReferences references;
    private final RichText richText;
    private final List<ProfileContributions> contributions;

    /** Newest contributions listed on a profile. */
    static final int CONTRIBUTIONS_SHOWN = 20;

    DirectoryController(MemberDirectory directory, AccountService accounts, MemberViews views, ProfileReferences references,
                        RichText richText, List<ProfileContributions> contributions) {
        this.richText = richText;
        this.contributions = contributions;
        this.directory = directory;
        this.accounts = accounts;
        this.views = views;
        this.references = references;
    }

    @GetMapping("/members")
    String directory(@RequestParam(name = "q", required = false) String text,
                     @RequestParam(name = "country", required = false) String country,
                     @RequestParam(name = "group", required = false) String group,
                     @RequestParam(name = "theme", required = false) String theme,
                     @RequestParam(name = "page", required = false) String page,
                     Model model) {
        String countryIso2 = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (countryIso2 != null && !references.countriesByIso2().containsKey(countryIso2)) {
            countryIso2 = null;
            model.addAttribute("filterIgnored", true);
        }
        Short groupId = shortOrNull(group);
        if (group != null && !group.isBlank() && (groupId == null || !references.groupsById().containsKey(groupId))) {
            groupId = null;
            model.addAttribute("filterIgnored", true);
        }
        Short themeId = shortOrNull(theme);
        if (theme != null && !theme.isBlank() && (themeId == null || !references.themesById().containsKey(themeId))) {
            themeId = null;
            model.addAttribute("filterIgnored", true);
        }
        String query = text == null ? "" : text.strip();
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        Page<Account> members = directory.search(new MemberDirectory.Criteria(query, countryIso2, groupId, themeId,
                AccountStatus.ACTIVE, false), RequestValues.pageIndex(page));
        model.addAttribute("members", views.cards(members.getContent()));
        model.addAttribute("page", members);
        model.addAttribute("q", query);
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("q", query);
        kept.put("country", countryIso2);
        kept.put("group", groupId);
        kept.put("theme", themeId);
        model.addAttribute("pager", Pager.of(members, QueryLinks.of("/members", kept)));
        model.addAttribute("selectedCountry", countryIso2 == null ? "" : countryIso2);
        model.addAttribute("selectedGroup", groupId);
        model.addAttribute("selectedTheme", themeId);
        model.addAttribute("countries", references.countries());
        model.addAttribute("groups", references.constituencyGroups());
        model.addAttribute("themes", references.themes());
        return "identity/directory";
    }

    @GetMapping("/members/{id}")
    String profile(@PathVariable String id, @AuthenticationPrincipal PortalUser viewer, Model model) {
        Optional<Account> account = RequestValues.id(id).flatMap(accounts::find).filter(Account::isMember);
        boolean viewerIsMember = viewer != null && Role.includesMembership(viewer.getAuthorities());
        if (account.isEmpty() || (account.get().getProfileVisibility() != ProfileVisibility.PUBLIC && !viewerIsMember)) {
            throw new NotFoundException("member");
        }
        model.addAttribute("member", views.card(account.get()));
        // The same safe Markdown as library descriptions (links nofollow, no script or style).
        model.addAttribute("bioHtml", account.get().getBio() == null ? null : richText.toSafeHtml(account.get().getBio()));
        model.addAttribute("contributions", contributions.stream()
                .flatMap(source -> source.of(account.get().getId(), viewerIsMember, CONTRIBUTIONS_SHOWN).stream())
                .sorted(java.util.Comparator.comparing(ProfileContributions.Contribution::publishedAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .limit(CONTRIBUTIONS_SHOWN).toList());
        return "identity/profile";
    }


    private static Short shortOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : Short.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Bean
    static NavigationItem membersNavigation() {
        return new NavigationItem("/members", "nav.members", 80);
    }
}

package org.apirnet.identity.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apirnet.taxonomy.ConstituencyGroup;
import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Theme;

import org.apirnet.identity.accounts.Account;
import org.apirnet.identity.accounts.AccountRepository;
import org.apirnet.identity.accounts.ProfileVisibility;
import org.apirnet.identity.membership.MembershipApplication;
import org.apirnet.web.Waited;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read models for pages: accounts with their reference data resolved, without a query per row. */
@Component
public class MemberViews {

    /** What a member shows to other members (never the e-mail address). */
    public record MemberCard(long id, String name, String organization, String jobTitle, String countryName, String countrySlug,
                      String groupName, List<String> themeNames, String bio, ProfileVisibility visibility) {
    }

    /** An application as the deciding admin sees it. */
    public record ApplicationView(long id, MemberCard applicant, String email, String motivation, Instant submittedAt,
                           Duration waited) {

        public String waitedText() {
            return Waited.text(waited);
        }
    }

    private final AccountRepository accounts;
    private final ProfileReferences references;

    MemberViews(AccountRepository accounts, ProfileReferences references) {
        this.accounts = accounts;
        this.references = references;
    }

    MemberCard card(Account account) {
        return cards(List.of(account)).getFirst();
    }

    List<MemberCard> cards(Collection<Account> accountList) {
        Map<String, Country> countries = references.countriesByIso2();
        Map<Short, ConstituencyGroup> groups = references.groupsById();
        Map<Short, Theme> themes = references.themesById();
        return accountList.stream().map(account -> {
            Optional<Country> country = Optional.ofNullable(account.getCountryIso2()).map(countries::get);
            String countryName = country.map(Country::getName)
                    .or(() -> references.outsideCountryName(account.getCountryIso2())).orElse(null);
            return new MemberCard(account.getId(), account.getDisplayName(), account.getOrganization(), account.getJobTitle(),
                    countryName, country.map(Country::getSlug).orElse(null),
                    Optional.ofNullable(account.getConstituencyGroupId()).map(groups::get).map(ConstituencyGroup::getName).orElse(null),
                    themes.values().stream().filter(theme -> account.getThemeIds().contains(theme.getId())).map(Theme::getName).toList(),
                    account.getBio(), account.getProfileVisibility());
        }).toList();
    }

    @Transactional(readOnly = true)
    public List<ApplicationView> applications(List<MembershipApplication> applications) {
        Map<Long, Account> applicants = accounts.findAllByIdIn(applications.stream().map(MembershipApplication::getAccountId).toList())
                .stream().collect(Collectors.toMap(Account::getId, Function.identity()));
        Instant now = Instant.now();
        return applications.stream().filter(application -> applicants.containsKey(application.getAccountId())).map(application -> {
            Account applicant = applicants.get(application.getAccountId());
            return new ApplicationView(application.getId(), card(applicant), applicant.getEmail(), application.getMotivation(),
                    application.getSubmittedAt(), Duration.between(application.getSubmittedAt(), now));
        }).toList();
    }

    /** "3 days", "5 hours", "12 minutes": how long someone has waited, at the precision that matters. */
}

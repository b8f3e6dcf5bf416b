package org.apirnet.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apirnet.identity.accounts.Account;
import org.apirnet.identity.accounts.AccountRepository;
import org.apirnet.identity.accounts.AccountStatus;
import org.apirnet.identity.accounts.ProfileVisibility;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity module's public API for other modules: names to show next to content, and where to reach the person
 * who wrote it. Deleted accounts answer "Former member" and have no address.
 */
@Service
@Transactional(readOnly = true)
public class MemberContacts {

    /** Who to tell, and how to address them. */
    public record Contact(long accountId, String name, String email) {
    }

    private final AccountRepository accounts;

    MemberContacts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<Contact> contact(long accountId) {
        return accounts.findById(accountId)
                .filter(account -> account.getStatus() != AccountStatus.DELETED)
                .map(account -> new Contact(account.getId(), account.getDisplayName(), account.getEmail()));
    }

    /** The id of the account with this address, if any. */
    public Optional<Long> accountIdOf(String email) {
        return accounts.findByEmail(Account.normalizeEmail(email)).map(Account::getId);
    }

    /** How a contribution credits its member: the name, and the profile's path when the viewer may open it. */
    public record Credit(String name, String profilePath) {
    }

    /**
     * The credit a member gets for something they shared, as their profile's visibility allows: a public profile
     * is named and linked for everyone, a members-only one for members; anyone else sees no name.
     */
    public Optional<Credit> credit(long accountId, boolean viewerIsMember) {
        return accounts.findById(accountId)
                .filter(account -> account.getStatus() == AccountStatus.ACTIVE)
                .filter(account -> account.getProfileVisibility() == ProfileVisibility.PUBLIC || viewerIsMember)
                .map(account -> new Credit(account.getDisplayName(), "/members/" + account.getId()));
    }

    /** Display names by account id, in one query (deleted accounts are "Former member"). */
    public Map<Long, String> names(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findNames(accountIds).stream()
                .collect(Collectors.toMap(AccountRepository.AccountName::id, AccountRepository.AccountName::name));
    }
}

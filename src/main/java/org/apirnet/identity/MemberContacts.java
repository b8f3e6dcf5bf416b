package org.apirnet.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apirnet.identity.accounts.Account;
import org.apirnet.identity.accounts.AccountRepository;
import org.apirnet.identity.accounts.AccountStatus;
import org.apirnet.identity.accounts.ProfileVisibility;
import org.apirnet.identity.accounts.Role;

import org.springframework.data.domain.PageRequest;
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

    /**
     * Who took part, for a page that credits many people at once (one query): the credit as {@link #credit} gives it
     * (null when the viewer may not see the name), and the country and constituency group, which a discussion
     * counts to show who has been heard.
     */
    public record Participant(long accountId, Credit credit, String countryIso2, Short constituencyGroupId) {
    }

    public Map<Long, Participant> participants(Collection<Long> accountIds, boolean viewerIsMember) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findParticipants(accountIds).stream().collect(Collectors.toMap(AccountRepository.ParticipantRow::id, row -> {
            boolean named = row.status() == AccountStatus.ACTIVE
                    && (row.profileVisibility() == ProfileVisibility.PUBLIC || viewerIsMember);
            return new Participant(row.id(), named ? new Credit(row.name(), "/members/" + row.id()) : null,
                    row.status() == AccountStatus.DELETED ? null : row.countryIso2(),
                    row.status() == AccountStatus.DELETED ? null : row.constituencyGroupId());
        }));
    }

    /** Active people who may moderate discussions (moderators, and admins above them), by name. */
    public Map<Long, String> moderatorCandidates() {
        return accounts.findActiveWithAnyRole(List.of(Role.MODERATOR, Role.ADMIN)).stream()
                .collect(Collectors.toMap(AccountRepository.AccountName::id, AccountRepository.AccountName::name,
                        (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The active ones among these accounts, with their addresses, in one query: the people a mail goes to. */
    public List<Contact> activeContacts(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return accounts.findActiveContacts(accountIds).stream().map(row -> new Contact(row.id(), row.name(), row.email())).toList();
    }

    /** Active members after an account id, in id order, at most {@code limit}: a mailing to all walks them in batches. */
    public List<Contact> membersAfter(long afterAccountId, int limit) {
        return accounts.findActiveAfter(afterAccountId, PageRequest.of(0, limit)).stream()
                .map(row -> new Contact(row.id(), row.name(), row.email())).toList();
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

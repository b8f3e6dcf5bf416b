package org.apirnet.identity.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AccountRepository extends Repository<Account, Long>, JpaSpecificationExecutor<Account> {

    Optional<Account> findById(long id);

    Optional<Account> findByEmail(String email);

    List<Account> findAllByIdIn(Collection<Long> ids);

    boolean existsByEmail(String email);

    boolean existsByRolesContaining(Role role);

    @Query("select count(a) from Account a join a.roles r where r = :role and a.status = org.apirnet.identity.accounts.AccountStatus.ACTIVE")
    long countActiveWithRole(Role role);

    Account save(Account account);

    /** Deletes a never-confirmed sign-up (its application, tokens, roles and themes go with it by cascade). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from account where id = :id and status = 'PENDING_EMAIL'", nativeQuery = true)
    int deleteUnconfirmed(long id);

    /** Sign-ups whose confirmation link has expired without being used. */
    @Query("select a.id from Account a where a.status = org.apirnet.identity.accounts.AccountStatus.PENDING_EMAIL and a.createdAt < :before")
    List<Long> findUnconfirmedBefore(java.time.Instant before);

    @Modifying
    @Query(value = "update invitation set email = :anonymousEmail where accepted_account_id = :id", nativeQuery = true)
    int forgetInvitationAddress(long id, String anonymousEmail);

    /** Serialises changes that could leave the portal without an admin (two admins demoting each other at once). */
    @Query(value = "select 1 from (select pg_advisory_xact_lock(730201)) locked", nativeQuery = true)
    int lockAdminChanges();

    /** Members (active accounts) for the composition report: only the three fields it counts. */
    @Query("select new org.apirnet.identity.accounts.AccountRepository$CompositionRow(a.constituencyGroupId, a.countryIso2, a.joinedAt) "
            + "from Account a where a.status = org.apirnet.identity.accounts.AccountStatus.ACTIVE")
    List<CompositionRow> compositionRows();

    @Query("select new org.apirnet.identity.accounts.AccountRepository$AccountName(a.id, a.displayName) from Account a where a.id in :ids")
    List<AccountName> findNames(Collection<Long> ids);

    record AccountName(Long id, String name) {
    }

    /** What a discussion shows of a participant: name, whether the profile is public, where they come from. */
    @Query("select new org.apirnet.identity.accounts.AccountRepository$ParticipantRow(a.id, a.displayName, a.status, "
            + "a.profileVisibility, a.countryIso2, a.constituencyGroupId) from Account a where a.id in :ids")
    List<ParticipantRow> findParticipants(Collection<Long> ids);

    record ParticipantRow(Long id, String name, AccountStatus status, ProfileVisibility profileVisibility,
                          String countryIso2, Short constituencyGroupId) {
    }

    /** Active accounts holding any of the roles, by name. */
    @Query("select distinct new org.apirnet.identity.accounts.AccountRepository$AccountName(a.id, a.displayName) from Account a "
            + "join a.roles r where r in :roles and a.status = org.apirnet.identity.accounts.AccountStatus.ACTIVE order by 2")
    List<AccountName> findActiveWithAnyRole(Collection<Role> roles);

    /** Active accounts after an id, in id order: a mailing to every member walks them in batches. */
    @Query("select new org.apirnet.identity.accounts.AccountRepository$ContactRow(a.id, a.displayName, a.email) from Account a "
            + "where a.status = org.apirnet.identity.accounts.AccountStatus.ACTIVE and a.id > :afterId order by a.id")
    List<ContactRow> findActiveAfter(long afterId, org.springframework.data.domain.Pageable page);

    @Query("select new org.apirnet.identity.accounts.AccountRepository$ContactRow(a.id, a.displayName, a.email) from Account a "
            + "where a.status = org.apirnet.identity.accounts.AccountStatus.ACTIVE and a.id in :ids order by a.id")
    List<ContactRow> findActiveContacts(Collection<Long> ids);

    record ContactRow(Long id, String name, String email) {
    }

    record CompositionRow(Short constituencyGroupId, String countryIso2, java.time.Instant joinedAt) {
    }
}

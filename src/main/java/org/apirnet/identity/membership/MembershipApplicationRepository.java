package org.apirnet.identity.membership;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface MembershipApplicationRepository extends Repository<MembershipApplication, Long> {

    MembershipApplication save(MembershipApplication application);

    Optional<MembershipApplication> findById(long id);

    Optional<MembershipApplication> findByAccountId(long accountId);

    /** Undecided applications whose applicant has confirmed the address, oldest first. */
    @Query("select m from MembershipApplication m, Account a where a.id = m.accountId and m.decision is null "
            + "and a.status = org.apirnet.identity.accounts.AccountStatus.PENDING_APPROVAL order by m.submittedAt, m.id")
    List<MembershipApplication> findAwaitingDecision();

    /** The same, the oldest few: what an inbox shows without loading the whole queue. */
    @Query("select m from MembershipApplication m, Account a where a.id = m.accountId and m.decision is null "
            + "and a.status = org.apirnet.identity.accounts.AccountStatus.PENDING_APPROVAL order by m.submittedAt, m.id")
    List<MembershipApplication> findAwaitingDecision(Pageable page);

    @Query("select count(m) from MembershipApplication m, Account a where a.id = m.accountId and m.decision is null "
            + "and a.status = org.apirnet.identity.accounts.AccountStatus.PENDING_APPROVAL")
    long countAwaitingDecision();

    /**
     * Records a decision only if none has been made yet. Two admins deciding at once: the database lets exactly
     * one update through, the other sees 0 rows changed.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update MembershipApplication m set m.decision = :decision, m.decidedAt = :at, m.decidedBy = :adminId, "
            + "m.decisionReason = :reason where m.id = :id and m.decision is null")
    int decideIfUndecided(long id, MembershipApplication.Decision decision, Instant at, long adminId, String reason);
}

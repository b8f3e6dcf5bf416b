package org.apirnet.notify;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OutgoingMailRepository extends Repository<OutgoingMail, Long> {

    OutgoingMail save(OutgoingMail mail);

    @Modifying
    @Query("delete from OutgoingMail m where m.recipient = :recipient")
    int deleteByRecipient(String recipient);

    Optional<OutgoingMail> findById(long id);

    /**
     * Locks the mail if it is still pending and unclaimed (or its claim has expired), for the short transaction in
     * which a sender claims it. Skip locked: a mail another sender is claiming right now comes back empty instead of
     * waiting.
     */
    @Query(value = """
            select * from outgoing_mail
            where id = :id and status = 'PENDING' and (claimed_until is null or claimed_until <= :now)
            for update skip locked""", nativeQuery = true)
    Optional<OutgoingMail> lockClaimable(long id, Instant now);

    /** Locks the claimable pending mail that has waited longest for its attempt, skipping mail other senders hold. */
    @Query(value = """
            select * from outgoing_mail
            where status = 'PENDING' and next_attempt_at <= :now and (claimed_until is null or claimed_until <= :now)
            order by next_attempt_at, id
            limit 1
            for update skip locked""", nativeQuery = true)
    Optional<OutgoingMail> lockNextDue(Instant now);

    /** Claims earlier runs of this node held when they stopped ({@code node#run}): none of them can still be sending. */
    @Modifying
    @Query("""
            update OutgoingMail m set m.claimToken = null, m.claimedUntil = null, m.claimedBy = null
            where m.status = org.apirnet.notify.MailStatus.PENDING and m.claimedBy like :nodeRuns and m.claimedBy <> :thisRun""")
    int releaseEarlierRunsClaims(String nodeRuns, String thisRun);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutgoingMail m where m.id = :id")
    Optional<OutgoingMail> lockById(long id);

    @Query("select count(m) from OutgoingMail m where m.status = org.apirnet.notify.MailStatus.PENDING")
    long countPending();

    /** Brings every waiting retry forward to now; mail being sent keeps its claim. */
    @Modifying
    @Query("""
            update OutgoingMail m set m.nextAttemptAt = :now
            where m.status = org.apirnet.notify.MailStatus.PENDING and m.nextAttemptAt > :now""")
    int makePendingDue(Instant now);

    @Query(value = """
            select new org.apirnet.notify.MailLogEntry(m.id, m.recipient, m.subject, m.status, m.attempts, m.createdAt)
            from OutgoingMail m
            order by m.createdAt desc, m.id desc""",
            countQuery = "select count(m) from OutgoingMail m")
    Page<MailLogEntry> findLog(Pageable pageable);

    /** The log of mail to addresses containing this text (already lower case, LIKE wildcards escaped). */
    @Query(value = """
            select new org.apirnet.notify.MailLogEntry(m.id, m.recipient, m.subject, m.status, m.attempts, m.createdAt)
            from OutgoingMail m where lower(m.recipient) like :pattern escape '\\'
            order by m.createdAt desc, m.id desc""",
            countQuery = "select count(m) from OutgoingMail m where lower(m.recipient) like :pattern escape '\\'")
    Page<MailLogEntry> findLogTo(String pattern, Pageable pageable);
}

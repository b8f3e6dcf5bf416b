package org.apirnet.notify;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
     * Locks the mail if it is still pending and nobody else holds it. Skip locked: a mail another worker is sending
     * right now comes back empty instead of waiting, so it is never sent twice. The lock lasts until commit.
     */
    @Query(value = """
            select * from outgoing_mail
            where id = :id and status = 'PENDING'
            for update skip locked""", nativeQuery = true)
    Optional<OutgoingMail> claimPending(long id);

    /** Locks the pending mail that has waited longest for its attempt, skipping mail other workers hold. */
    @Query(value = """
            select * from outgoing_mail
            where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id
            limit 1
            for update skip locked""", nativeQuery = true)
    Optional<OutgoingMail> claimNextDue(Instant now);

    @Query(value = """
            select new org.apirnet.notify.MailLogEntry(m.id, m.recipient, m.subject, m.status, m.attempts, m.createdAt)
            from OutgoingMail m
            order by m.createdAt desc, m.id desc""",
            countQuery = "select count(m) from OutgoingMail m")
    Page<MailLogEntry> findLog(Pageable pageable);
}

package org.apirnet.forum;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Discussions by id; lists for visitors come from the search index ({@link DiscussionSearch}), never from here. */
interface DiscussionRepository extends Repository<Discussion, Long> {

    Discussion save(Discussion discussion);

    Optional<Discussion> findById(long id);

    /** The row locked until the transaction ends: two moderators publishing at once take turns, the second sees it done. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Discussion d where d.id = ?1")
    Optional<Discussion> findForUpdate(long id);

    boolean existsByIdNotNull();

    /** What the schedule has to record: scheduled ones whose opening passed, open ones whose closing passed. */
    @Query("select d from Discussion d where (d.stage = org.apirnet.forum.DiscussionStage.SCHEDULED and d.opensAt <= ?1)"
            + " or (d.stage = org.apirnet.forum.DiscussionStage.OPEN and d.closesAt <= ?1) order by d.id")
    List<Discussion> findDueAt(Instant now, Pageable page);

    @Query("select d from Discussion d where d.stage = org.apirnet.forum.DiscussionStage.DRAFT order by d.updatedAt desc")
    List<Discussion> findDrafts(Pageable page);
}

interface QuestionRepository extends Repository<Question, Long> {

    Question save(Question question);

    Optional<Question> findById(long id);

    List<Question> findByDiscussionIdOrderByPosition(long discussionId);

    @Query("select coalesce(max(q.position), 0) from Question q where q.discussionId = ?1")
    int maxPosition(long discussionId);
}

interface ReplyRepository extends Repository<Reply, Long> {

    Reply save(Reply reply);

    Optional<Reply> findById(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Reply r where r.id = ?1")
    Optional<Reply> findForUpdate(long id);

    /** What a reader sees: the published replies, and the viewer's own whatever their state (-1: nobody's). */
    @Query("select r from Reply r where r.discussionId = ?1 and (r.status = org.apirnet.forum.Reply$Status.PUBLISHED"
            + " or r.authorId = ?2) order by r.createdAt, r.id")
    List<Reply> findShown(long discussionId, long viewerId);

    @Query("select r from Reply r where r.discussionId = ?1 and r.status = org.apirnet.forum.Reply$Status.PENDING order by r.createdAt, r.id")
    List<Reply> findPending(long discussionId, Pageable page);

    @Query("select count(r) from Reply r where r.discussionId = ?1 and r.status = org.apirnet.forum.Reply$Status.PENDING")
    long countPending(long discussionId);

    @Query("select r from Reply r where r.discussionId = ?1 and r.status = org.apirnet.forum.Reply$Status.PUBLISHED order by r.createdAt, r.id")
    List<Reply> findPublished(long discussionId);

    /** Pending replies of the discussions someone moderates (all of them for {@code everything}), oldest first. */
    @Query("select r from Reply r where r.status = org.apirnet.forum.Reply$Status.PENDING and (?2 = true or r.discussionId in"
            + " (select d.id from Discussion d join d.moderatorIds m where m = ?1)) order by r.createdAt, r.id")
    List<Reply> findPendingFor(long moderatorId, boolean everything, Pageable page);

    @Query("select count(r) from Reply r where r.status = org.apirnet.forum.Reply$Status.PENDING and (?2 = true or r.discussionId in"
            + " (select d.id from Discussion d join d.moderatorIds m where m = ?1))")
    long countPendingFor(long moderatorId, boolean everything);

    @Query("select r.file.storageKey from Reply r where r.file.storageKey in ?1")
    List<String> findFileKeysIn(java.util.Collection<String> keys);

    /** Files and bytes this account attached to replies since then: what its daily upload quota has used here. */
    @Query(value = "select count(*) as files, coalesce(sum(file_size_bytes), 0) as bytes from discussion_reply"
            + " where author_id = ?1 and file_storage_key is not null and file_uploaded_at > ?2", nativeQuery = true)
    UploadsUsed uploadedSince(long accountId, Instant since);

    interface UploadsUsed {
        long getFiles();

        long getBytes();
    }
}

interface TopicProposalRepository extends Repository<TopicProposal, Long> {

    TopicProposal save(TopicProposal proposal);

    Optional<TopicProposal> findById(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from TopicProposal p where p.id = ?1")
    Optional<TopicProposal> findForUpdate(long id);

    /** Open proposals first, then the decided ones, newest first within each. */
    @Query("select p from TopicProposal p order by case when p.status = org.apirnet.forum.TopicProposal$Status.OPEN then 0 else 1 end,"
            + " p.createdAt desc, p.id desc")
    List<TopicProposal> findLatest(Pageable page);

    Optional<TopicProposal> findByDiscussionId(long discussionId);
}

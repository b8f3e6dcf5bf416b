package org.apirnet.library;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apirnet.content.ContentStatus;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Rows by id and the editors' and submitters' own short lists, each backed by an index. Public lists, counts and
 * related resources come from the search index ({@link LibrarySearch}), never from here.
 */
interface ResourceRepository extends Repository<Resource, Long> {

    Resource save(Resource resource);

    Optional<Resource> findById(long id);

    boolean existsByIdNotNull();

    List<Resource> findByStatusOrderByUpdatedAtAsc(ContentStatus status, Pageable page);

    long countByStatus(ContentStatus status);

    List<Resource> findByCreatedByAndSubmittedTrueOrderByCreatedAtDesc(long createdBy, Pageable page);

    /** What a member shared that is published now, newest first; members-only resources only when asked for. */
    @Query("""
            select r.id as id, r.title as title, r.publishedAt as publishedAt from Resource r
            where r.createdBy = :accountId and r.submitted = true
              and r.status = org.apirnet.content.ContentStatus.PUBLISHED
              and (r.visibility = org.apirnet.content.Visibility.PUBLIC or :includeMembersOnly = true)
            order by r.publishedAt desc, r.id desc""")
    List<SharedResource> findSharedBy(long accountId, boolean includeMembersOnly, Pageable page);

    interface SharedResource {
        long getId();

        String getTitle();

        java.time.Instant getPublishedAt();
    }

    List<Resource> findAllByOrderByUpdatedAtDesc(Pageable page);

    List<Resource> findByStatusOrderByUpdatedAtDesc(ContentStatus status, Pageable page);

    @Modifying
    @Query("update Resource r set r.downloadCount = r.downloadCount + 1 where r.id = :id")
    void countDownload(long id);
}

interface ResourceAttachmentRepository extends Repository<ResourceAttachment, Long> {

    Optional<ResourceAttachment> findById(long id);

    @Query("select a.file.storageKey from ResourceAttachment a where a.id = :id")
    Optional<String> findStorageKey(long id);

    @Query("select a.file.storageKey from ResourceAttachment a where a.file.storageKey in :keys")
    List<String> findStorageKeysIn(Collection<String> keys);

    @Query("select a.resource.id from ResourceAttachment a where a.id = :id")
    Optional<Long> findResourceId(long id);

    @Query("select a.id from ResourceAttachment a where a.textStatus = org.apirnet.library.ResourceAttachment.TextStatus.PENDING")
    List<Long> findPendingText();

    /** Stores the outcome of text extraction without loading (or keeping in memory) the entity's other state. */
    @Modifying
    @Query(value = "update resource_attachment set text_status = :status, extracted_text = :text, extraction_error = :error where id = :id",
            nativeQuery = true)
    int storeText(long id, String status, String text, String error);

    @Modifying
    @Query("update ResourceAttachment a set a.downloadCount = a.downloadCount + 1 where a.id = :id")
    void countDownload(long id);

    /** Files and bytes uploaded since then to resources this account created: what its daily quota has used. */
    @Query(value = """
            select count(*) as files, coalesce(sum(a.size_bytes), 0) as bytes
            from resource_attachment a join resource r on r.id = a.resource_id
            where r.created_by = :accountId and a.uploaded_at > :since""", nativeQuery = true)
    UploadsUsed uploadedSince(long accountId, java.time.Instant since);

    interface UploadsUsed {
        long getFiles();

        long getBytes();
    }

    /** Resources rejected before then that still hold files. */
    @Query(value = """
            select distinct r.id from resource r join resource_attachment a on a.resource_id = r.id
            where r.status = 'REJECTED' and r.updated_at < :before""", nativeQuery = true)
    List<Long> findRejectedWithFilesBefore(java.time.Instant before);

    @Query("select a.file.storageKey from ResourceAttachment a where a.resource.id = :resourceId")
    List<String> findStorageKeysOf(long resourceId);

    @Modifying
    @Query(value = "delete from resource_attachment where resource_id = :resourceId", nativeQuery = true)
    int deleteAllOf(long resourceId);
}

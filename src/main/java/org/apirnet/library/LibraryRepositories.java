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

    List<Resource> findAllByOrderByUpdatedAtDesc(Pageable page);

    List<Resource> findByStatusOrderByUpdatedAtDesc(ContentStatus status, Pageable page);

    @Modifying
    @Query("update Resource r set r.downloadCount = r.downloadCount + 1 where r.id = :id")
    void countDownload(long id);
}

interface ResourceAttachmentRepository extends Repository<ResourceAttachment, Long> {

    Optional<ResourceAttachment> findById(long id);

    @Query("select a.storageKey from ResourceAttachment a where a.id = :id")
    Optional<String> findStorageKey(long id);

    @Query("select a.storageKey from ResourceAttachment a where a.storageKey in :keys")
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
}

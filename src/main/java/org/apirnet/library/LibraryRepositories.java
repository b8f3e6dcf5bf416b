package org.apirnet.library;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ResourceRepository extends Repository<Resource, Long>, JpaSpecificationExecutor<Resource> {

    Resource save(Resource resource);

    Optional<Resource> findById(long id);

    boolean existsByIdNotNull();

    List<Resource> findByStatusOrderByUpdatedAtAsc(ContentStatus status);

    List<Resource> findByCreatedByAndSubmittedTrueOrderByCreatedAtDesc(long createdBy);

    List<Resource> findAllByOrderByUpdatedAtDesc(Pageable page);

    List<Resource> findByStatusOrderByUpdatedAtDesc(ContentStatus status, Pageable page);

    /** Published resources sharing themes or countries with the given one, most shared first. */
    @Query(value = """
            select r.id from resource r
            where r.status = 'PUBLISHED' and r.visibility in (:visibilities) and r.id <> :id
              and ((select count(*) from resource_theme t where t.resource_id = r.id
                      and t.theme_id in (select theme_id from resource_theme where resource_id = :id))
                 + (select count(*) from resource_country c where c.resource_id = r.id
                      and c.country_iso2 in (select country_iso2 from resource_country where resource_id = :id))) > 0
            order by (select count(*) from resource_theme t where t.resource_id = r.id
                        and t.theme_id in (select theme_id from resource_theme where resource_id = :id))
                   + (select count(*) from resource_country c where c.resource_id = r.id
                        and c.country_iso2 in (select country_iso2 from resource_country where resource_id = :id)) desc,
                     r.published_at desc, r.id desc
            limit :limit""", nativeQuery = true)
    List<Long> findRelatedIds(long id, Collection<String> visibilities, int limit);

    List<Resource> findByIdIn(Collection<Long> ids);

    @Modifying
    @Query("update Resource r set r.downloadCount = r.downloadCount + 1 where r.id = :id")
    void countDownload(long id);
}

interface ResourceAttachmentRepository extends Repository<ResourceAttachment, Long> {

    Optional<ResourceAttachment> findById(long id);

    @Query("select a.storageKey from ResourceAttachment a where a.id = :id")
    Optional<String> findStorageKey(long id);

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

interface ResourceEventRepository extends Repository<ResourceEvent, Long> {

    ResourceEvent save(ResourceEvent event);

    List<ResourceEvent> findByResourceIdOrderByOccurredAtDesc(long resourceId);
}

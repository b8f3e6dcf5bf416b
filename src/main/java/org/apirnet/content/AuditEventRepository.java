package org.apirnet.content;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    @Query("select e from AuditEvent e where e.subjectKind = :kind and e.subjectId = :id order by e.occurredAt desc, e.id desc")
    List<AuditEvent> findHistory(String kind, long id, Pageable page);

    @Modifying
    @Query(value = "update audit_event set detail = null where subject_kind = :kind and subject_id = :id and detail is not null",
            nativeQuery = true)
    int eraseDetails(String kind, long id);
}

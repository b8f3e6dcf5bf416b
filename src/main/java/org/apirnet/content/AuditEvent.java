package org.apirnet.content;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One line of the audit trail. Never updated by the portal; the database refuses anything but erasing personal data. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String subjectKind;
    private long subjectId;
    private Long actorId;
    private String action;
    private String detail;
    private Instant occurredAt;

    protected AuditEvent() {
    }

    AuditEvent(String subjectKind, long subjectId, Long actorId, String action, String detail) {
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.actorId = actorId;
        this.action = action;
        this.detail = detail;
        this.occurredAt = Instant.now();
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, subjectKind, subjectId, actorId, action, detail, occurredAt);
    }
}

package org.apirnet.content;

import java.time.Instant;

/**
 * One decision or change as the audit trail keeps it.
 *
 * @param subjectKind what kind of thing it was about, e.g. {@code resource} or {@code account}
 * @param actorId     who did it; null for the system, or once the actor's account is gone
 * @param action      what was done, e.g. {@code PUBLISHED}, {@code REJECTED}
 * @param detail      why, or what changed; null when there is nothing to add or it was erased
 */
public record AuditEntry(long id, String subjectKind, long subjectId, Long actorId, String action, String detail,
                         Instant occurredAt) {
}

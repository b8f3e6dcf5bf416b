package org.apirnet.content;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions every kind of content goes through, each written to the audit trail with the change, in the
 * caller's transaction: created (as a draft, a submission or published), published or approved, rejected with its
 * reason, archived. A kind's service finds its item and tells its own people (mail) after a decision.
 */
@Component
public class ContentDecisions {

    /** What publishing did: nothing (the status did not allow it), published a draft, or approved a submission. */
    public enum Outcome {
        UNCHANGED, PUBLISHED, APPROVED;

        public boolean changed() {
            return this != UNCHANGED;
        }
    }

    private final AuditTrail audit;

    ContentDecisions(AuditTrail audit) {
        this.audit = audit;
    }

    /** The first line of a new item's history: SUBMITTED, PUBLISHED or CREATED (a draft). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String auditKind, long id, ContentStatus status, long actorId) {
        String action = switch (status) {
            case PENDING -> "SUBMITTED";
            case PUBLISHED -> "PUBLISHED";
            default -> "CREATED";
        };
        audit.record(auditKind, id, actorId, action, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome publish(String auditKind, ContentItem item, long editorId) {
        boolean wasSubmission = item.getStatus() == ContentStatus.PENDING;
        if (!item.publish(editorId)) {
            return Outcome.UNCHANGED;
        }
        audit.record(auditKind, item.getId(), editorId, wasSubmission ? "APPROVED" : "PUBLISHED", null);
        return wasSubmission ? Outcome.APPROVED : Outcome.PUBLISHED;
    }

    /** Rejects what is pending with the reason (stripped) its author is told; false when nothing is pending. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reject(String auditKind, ContentItem item, long reviewerId, String reason) {
        if (!item.reject(reviewerId, reason.strip())) {
            return false;
        }
        audit.record(auditKind, item.getId(), reviewerId, "REJECTED", reason.strip());
        return true;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean archive(String auditKind, ContentItem item, long editorId) {
        if (!item.archive(editorId)) {
            return false;
        }
        audit.record(auditKind, item.getId(), editorId, "ARCHIVED", null);
        return true;
    }
}

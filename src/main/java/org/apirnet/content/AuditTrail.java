package org.apirnet.content;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's one record of decisions: every module writes here, in the transaction of the change it records, so a
 * change and its line in the trail commit together or not at all.
 */
@Service
public class AuditTrail {

    /** A history page shows this many lines at most; older lines stay in the table. */
    static final int HISTORY_LIMIT = 200;

    private final AuditEventRepository events;

    AuditTrail(AuditEventRepository events) {
        this.events = events;
    }

    /** Adds a line; joins the caller's transaction (and refuses to run without one). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subjectKind, long subjectId, Long actorId, String action, String detail) {
        events.save(new AuditEvent(subjectKind, subjectId, actorId, action, blankToNull(detail)));
    }

    /** A subject's history, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String subjectKind, long subjectId) {
        return events.findHistory(subjectKind, subjectId, PageRequest.of(0, HISTORY_LIMIT)).stream().map(AuditEvent::toEntry).toList();
    }

    /** Erases the free text of a subject's history (it may hold personal data); the lines themselves stay. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void eraseDetails(String subjectKind, long subjectId) {
        events.eraseDetails(subjectKind, subjectId);
    }

    private static String blankToNull(String detail) {
        if (detail == null || detail.isBlank()) {
            return null;
        }
        String stripped = detail.strip();
        return stripped.length() <= 2000 ? stripped : stripped.substring(0, 1999) + "\u2026";
    }
}

package org.apirnet.identity.accounts;

import java.util.List;

import org.apirnet.content.AuditEntry;
import org.apirnet.content.AuditTrail;

import org.springframework.stereotype.Component;

/** An account's lines in the portal's audit trail: "who did this to my account, and why". */
@Component
public class AccountHistory {

    /** The audit trail's name for accounts. */
    static final String AUDIT_KIND = "account";

    private final AuditTrail audit;

    AccountHistory(AuditTrail audit) {
        this.audit = audit;
    }

    public void record(long accountId, Long actorId, String action, String detail) {
        audit.record(AUDIT_KIND, accountId, actorId, action, detail);
    }

    public List<AuditEntry> of(long accountId) {
        return audit.history(AUDIT_KIND, accountId);
    }

    /** The reasons and details may name the person; a deleted account keeps its lines without them. */
    void eraseDetails(long accountId) {
        audit.eraseDetails(AUDIT_KIND, accountId);
    }
}

package org.apirnet.identity.membership;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What an applicant told us, and the admin's decision on it (who, when, what, why). */
@Entity
@Table(name = "membership_application")
public class MembershipApplication {

    enum Decision { APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    private String motivation;

    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private Instant decidedAt;

    private Long decidedBy;

    private String decisionReason;

    protected MembershipApplication() {
    }

    public MembershipApplication(long accountId, String motivation) {
        this.accountId = accountId;
        this.motivation = motivation;
        this.submittedAt = Instant.now();
    }

    /** What the applicant wrote, and what was written about them, goes with their account. */
    public void forgetPersonalData() {
        this.motivation = "(removed when the account was deleted)";
        if (decisionReason != null) {
            this.decisionReason = "(removed when the account was deleted)";
        }
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getMotivation() {
        return motivation;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Decision getDecision() {
        return decision;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}

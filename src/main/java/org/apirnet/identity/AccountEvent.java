package org.apirnet.identity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of an account's history: who did what to it, when and why. Never updated. */
@Entity
@Table(name = "account_event")
class AccountEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    private Long actorId;

    private String action;

    private String detail;

    private Instant occurredAt;

    protected AccountEvent() {
    }

    AccountEvent(long accountId, Long actorId, String action, String detail) {
        this.accountId = accountId;
        this.actorId = actorId;
        this.action = action;
        this.detail = detail;
        this.occurredAt = Instant.now();
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}

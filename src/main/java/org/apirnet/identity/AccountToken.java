package org.apirnet.identity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use, expiring token sent by mail. Only its hash is stored. */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose { EMAIL_CONFIRMATION, PASSWORD_RESET, SIGN_IN_UNLOCK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(long accountId, Purpose purpose, String tokenHash, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void markUsed() {
        usedAt = Instant.now();
    }

    Long getAccountId() {
        return accountId;
    }

    Purpose getPurpose() {
        return purpose;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getUsedAt() {
        return usedAt;
    }
}

package org.apirnet.identity.membership;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.apirnet.identity.accounts.Account;
import org.apirnet.identity.accounts.Role;
import org.apirnet.platform.PlainText;

/** An admin's invitation to join already approved, with a constituency group and a role chosen in advance. */
@Entity
@Table(name = "invitation")
class Invitation {

    enum State { OPEN, EXPIRED, ACCEPTED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String displayName;

    private Short constituencyGroupId;

    @Enumerated(EnumType.STRING)
    private Role roleName;

    private Long invitedBy;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private int sentCount;

    private Instant acceptedAt;

    private Long acceptedAccountId;

    private Instant revokedAt;

    private String personalMessage;

    protected Invitation() {
    }

    Invitation(String email, String displayName, String personalMessage, short constituencyGroupId, Role role, long invitedBy,
               String tokenHash, Instant expiresAt) {
        this.email = Account.normalizeEmail(email);
        this.displayName = PlainText.withoutBidiControls(displayName);
        this.personalMessage = personalMessage;
        this.constituencyGroupId = constituencyGroupId;
        this.roleName = role;
        this.invitedBy = invitedBy;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
        this.sentCount = 1;
    }

    public State state(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        if (acceptedAt != null) {
            return State.ACCEPTED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    /** A new link replaces the old one, which stops working. */
    /** The name the inviting admin gave, if any: the mail greets by it and the accept form starts with it. */
    public String getDisplayName() {
        return displayName;
    }

    public String getPersonalMessage() {
        return personalMessage;
    }

    void reissue(String tokenHash, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.sentCount++;
    }

    void revoke() {
        revokedAt = Instant.now();
    }

    void accept(long accountId) {
        acceptedAt = Instant.now();
        acceptedAccountId = accountId;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Short getConstituencyGroupId() {
        return constituencyGroupId;
    }

    public Role getRole() {
        return roleName;
    }

    public Long getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}

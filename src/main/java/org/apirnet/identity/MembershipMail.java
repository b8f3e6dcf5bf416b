package org.apirnet.identity;

import java.time.Instant;

/**
 * Events the identity module publishes, inside the transaction that caused them, whenever someone must be told
 * something by mail. Links are site-relative paths (the mailer prefixes the portal's base URL) and carry the raw
 * single-use token, which exists nowhere else: the database keeps only its hash.
 */
public final class MembershipMail {

    private MembershipMail() {
    }

    /**
     * An applicant must confirm their address before their application reaches the admins. Nothing the applicant
     * typed goes with it: until the address is confirmed, the applicant may be anyone.
     */
    public record EmailConfirmationRequested(String email, String confirmPath, Instant expiresAt) {
    }

    /** Someone applied with an address that already has an account; its owner (greeted by their own name) is told. */
    public record ApplicationForExistingAccount(String email, String name) {
    }

    /** The owner of an account whose sign-in is slowed down asked for a link that lets one browser sign in at once. */
    public record SignInUnlockRequested(String email, String name, String unlockPath, Instant expiresAt) {
    }

    /** An application was approved: the applicant is now a member. */
    public record ApplicationApproved(String email, String name) {
    }

    /** An application was rejected; the reason is the admin's words to the applicant. */
    public record ApplicationRejected(String email, String name, String reason) {
    }

    /** Someone was invited (or an invitation re-sent) and can join through the link until it expires. */
    public record InvitationIssued(String email, String inviteeName, String inviterName, String roleName, String personalMessage,
                                   String acceptPath, Instant expiresAt) {
    }

    /** An account was deleted: copies of mail sent to its former address must go too. */
    public record AccountDeleted(String formerEmail) {
    }

    /** Someone asked to reset the password of an existing account. Nothing is sent for unknown addresses. */
    public record PasswordResetRequested(String email, String name, String resetPath, Instant expiresAt) {
    }
}

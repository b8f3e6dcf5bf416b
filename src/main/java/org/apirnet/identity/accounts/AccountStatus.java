package org.apirnet.identity.accounts;

/** Where an account is in its life: applied, confirmed its address, decided, suspended or deleted. */
public enum AccountStatus {
    /** Applied; has not yet confirmed the e-mail address. */
    PENDING_EMAIL,
    /** Address confirmed; waiting for an admin's decision. */
    PENDING_APPROVAL,
    ACTIVE,
    REJECTED,
    SUSPENDED,
    /** Deleted by its owner: personal data removed, row kept so contributions stay attributed to "a former member". */
    DELETED;

    /** Applicants and rejected applicants may sign in to see where their application stands; nothing more. */
    boolean canSignIn() {
        return this != SUSPENDED && this != DELETED;
    }
}

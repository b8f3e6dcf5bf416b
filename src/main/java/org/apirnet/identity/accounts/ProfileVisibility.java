package org.apirnet.identity.accounts;

/** Who may see a member's profile page: anyone, or signed-in members only. The directory itself is always members only. */
public enum ProfileVisibility {
    PUBLIC, MEMBERS
}

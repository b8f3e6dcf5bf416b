package org.apirnet.identity;

/** The portal's roles; rows of the {@code role} table carry the same names. */
public enum Role {
    VISITOR, MEMBER, MODERATOR, EDITOR, ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}

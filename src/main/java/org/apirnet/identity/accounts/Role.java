package org.apirnet.identity.accounts;

/** The portal's roles; rows of the {@code role} table carry the same names. */
public enum Role {
    VISITOR, MEMBER, MODERATOR, EDITOR, ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * Whether these authorities make someone a member (any role above visitor). Only roles count: Spring Security
     * also adds factor authorities (FACTOR_PASSWORD) to every sign-in.
     */
    public static boolean includesMembership(java.util.Collection<? extends org.springframework.security.core.GrantedAuthority> authorities) {
        return authorities.stream().map(org.springframework.security.core.GrantedAuthority::getAuthority)
                .anyMatch(name -> name != null && name.startsWith("ROLE_") && !VISITOR.authority().equals(name));
    }
}

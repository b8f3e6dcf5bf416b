package org.apirnet.identity.accounts;

import java.util.Collection;

import org.apirnet.web.PortalPrincipal;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person as Spring Security holds it: an account id and a name to greet them with. */
public class PortalUser extends User implements PortalPrincipal {

    private final long accountId;
    private final String displayName;

    PortalUser(long accountId, String email, String displayName, String passwordHash, boolean enabled,
               Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, enabled, true, true, true, authorities);
        this.accountId = accountId;
        this.displayName = displayName;
    }

    public long getAccountId() {
        return accountId;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }
}

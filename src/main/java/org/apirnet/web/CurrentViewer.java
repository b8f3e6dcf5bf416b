package org.apirnet.web;

import java.util.Collection;
import java.util.Optional;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is looking at the page, for the object-level checks every module makes (roles follow the role hierarchy). */
@Component
public class CurrentViewer {

    private final RoleHierarchy roleHierarchy;

    CurrentViewer(RoleHierarchy roleHierarchy) {
        this.roleHierarchy = roleHierarchy;
    }

    public Optional<Long> accountId() {
        return principal().map(PortalPrincipal::getAccountId);
    }

    public boolean hasRole(String role) {
        Authentication authentication = authentication();
        if (authentication == null) {
            return false;
        }
        Collection<? extends GrantedAuthority> reachable = roleHierarchy.getReachableGrantedAuthorities(authentication.getAuthorities());
        return reachable.stream().anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
    }

    /** Approved members and everyone above them; not applicants, not visitors. */
    public boolean isMember() {
        return hasRole("MEMBER");
    }

    public boolean isEditor() {
        return hasRole("EDITOR");
    }

    private Optional<PortalPrincipal> principal() {
        Authentication authentication = authentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }

    private static Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken
                ? null : authentication;
    }
}

package org.apirnet.identity;

import java.util.Map;

import org.apirnet.identity.accounts.AccountUserDetailsService;
import org.apirnet.identity.signin.SignInDevices;
import org.apirnet.identity.signin.ThrottledAuthenticationProvider;
import org.apirnet.platform.RateLimits;
import org.apirnet.web.AdminMenuItem;
import org.apirnet.web.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    /**
     * Argon2id for new hashes: unlike BCrypt it takes a password of any length (BCrypt stops at 72 bytes). Delegating,
     * so every stored hash names its algorithm; {bcrypt} hashes of earlier versions still match and are replaced by
     * Argon2id at the next sign-in ({@link AccountUserDetailsService#updatePassword}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    /**
     * The only authentication provider: as a bean it replaces the one Spring Security would build, so none bypasses
     * its limits. Stored hashes of an older algorithm are replaced after a correct password.
     */
    @Bean
    AuthenticationProvider throttledPasswordAuthentication(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
                                                           RateLimits limits, SignInDevices devices) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setUserDetailsPasswordService(users);
        return new ThrottledAuthenticationProvider(passwords, limits, devices);
    }

    /** The directory is for members; profiles choose their own audience (checked per profile); /account needs a sign-in. */
    @Bean
    RouteRules identityRoutes() {
        return routes -> routes
                .requestMatchers("/members").hasRole("MEMBER")
                .requestMatchers("/members/**").permitAll()
                .requestMatchers("/account", "/account/**").authenticated();
    }

    @Bean
    AdminMenuItem applicationsAdmin() {
        return new AdminMenuItem("/admin/applications", "admin.applications", "admin.applications.description", 10);
    }

    @Bean
    AdminMenuItem invitationsAdmin() {
        return new AdminMenuItem("/admin/invitations", "admin.invitations", "admin.invitations.description", 20);
    }

    @Bean
    AdminMenuItem membersAdmin() {
        return new AdminMenuItem("/admin/members", "admin.members", "admin.members.description", 30);
    }

    @Bean
    AdminMenuItem compositionAdmin() {
        return new AdminMenuItem("/admin/composition", "admin.composition", "admin.composition.description", 40);
    }
}

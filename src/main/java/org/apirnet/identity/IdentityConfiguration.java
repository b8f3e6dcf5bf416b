package org.apirnet.identity;

import org.apirnet.web.AdminMenuItem;
import org.apirnet.web.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    /** Delegating, so stored hashes carry their algorithm ({bcrypt}…) and can be upgraded later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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

package org.apirnet.web;

import java.util.List;

import org.apirnet.platform.DatabaseAvailability;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * URL-level rules for the public URL contract in DESIGN.md. They are a first fence only: every controller
 * still checks access to the object it serves.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline script or style anywhere: the pages carry their own stylesheet and, at most, a script file. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * The shell's own rules (health, the admin area) and then every module's {@link RouteRules}; whatever no rule
     * names is open, and its handler decides.
     */
    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, SessionRegistry sessionRegistry, List<RouteRules> moduleRules,
                                       DatabaseAvailability database)
            throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/actuator/**").denyAll()
                            .requestMatchers("/admin/**").hasRole("ADMIN");
                    moduleRules.forEach(rules -> rules.apply(requests));
                    requests.anyRequest().permitAll();
                })
                .formLogin(login -> login
                        .loginPage("/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .failureHandler(new LoginFailureHandler(database))
                        .permitAll())
                // The registry lets an admin's suspension end a member's sessions at once.
                .sessionManagement(sessions -> sessions
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/?signedOut"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /** The only authentication provider: as a bean it replaces the one Spring Security would build, so none bypasses it. */
    @Bean
    AuthenticationProvider throttledPasswordAuthentication(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                           LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end, so it does not grow forever. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Admins can do what editors and moderators can; both of those can do what members can. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_EDITOR
                ROLE_ADMIN > ROLE_MODERATOR
                ROLE_EDITOR > ROLE_MEMBER
                ROLE_MODERATOR > ROLE_MEMBER
                ROLE_MEMBER > ROLE_VISITOR
                """);
    }
}

package org.apirnet.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
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

    /** The portal uses none of these browser features; no page, and nothing injected into one, may ask for them. */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "camera=()", "display-capture=()", "geolocation=()", "gyroscope=()", "magnetometer=()",
            "microphone=()", "midi=()", "payment=()", "publickey-credentials-get=()", "usb=()", "browsing-topics=()");

    private static LoginUrlAuthenticationEntryPoint relativeLoginEntryPoint() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /**
     * The shell's own rules (health, the admin area) and then every module's {@link RouteRules}; whatever no rule
     * names is open, and its handler decides.
     */
    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, SessionRegistry sessionRegistry, List<RouteRules> moduleRules,
                                       SignInHandlers signIn)
            throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/actuator/**").denyAll()
                            .requestMatchers("/admin/**").hasRole("ADMIN");
                    moduleRules.forEach(rules -> rules.apply(requests));
                    requests.anyRequest().permitAll();
                })
                // Sent to sign in by path only: an absolute URL would be built from whatever Host header the request had.
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(relativeLoginEntryPoint()))
                .formLogin(login -> login
                        .loginPage("/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .authenticationDetailsSource(signIn.detailsSource())
                        .successHandler(signIn.successHandler())
                        .failureHandler(signIn.failureHandler())
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
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        // Only sent over HTTPS (directly, or as a trusted proxy's X-Forwarded-Proto says).
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
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

package org.apirnet.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link SessionLifetime} just before the security filters. */
@Configuration(proxyBeanMethods = false)
class SessionLifetimeConfiguration {

    @Bean
    FilterRegistrationBean<SessionLifetime> sessionLifetime(SessionLifetime.Settings settings) {
        FilterRegistrationBean<SessionLifetime> registration = new FilterRegistrationBean<>(new SessionLifetime(settings));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}

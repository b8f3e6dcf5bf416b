package org.apirnet.web;

import java.time.Clock;

import org.apirnet.platform.DataChanges;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;

/** Registers the page cache right after the security filters (see {@link PageCache}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "apirnet.page-cache.enabled", matchIfMissing = true)
class PageCacheConfiguration {

    @Bean
    PageCache pageCache(DataChanges changes, PageCacheProperties properties, RoleHierarchy roles, Clock clock,
                         ViewerSections viewerSections) {
        return new PageCache(changes, properties, roles, clock, viewerSections);
    }

    @Bean
    FilterRegistrationBean<PageCache> pageCacheRegistration(PageCache cache) {
        FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(cache);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}

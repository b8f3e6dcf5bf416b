package org.apirnet.web;

import org.apirnet.platform.DataChanges;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the visitors' page cache right after the security filters (see {@link VisitorPageCache}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "apirnet.page-cache.enabled", matchIfMissing = true)
class PageCacheConfiguration {

    @Bean
    VisitorPageCache visitorPageCache(DataChanges changes, PageCacheProperties properties) {
        return new VisitorPageCache(changes, properties);
    }

    @Bean
    FilterRegistrationBean<VisitorPageCache> visitorPageCacheRegistration(VisitorPageCache cache) {
        FilterRegistrationBean<VisitorPageCache> registration = new FilterRegistrationBean<>(cache);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}

package org.apirnet.notify;

import org.apirnet.web.AdminMenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} for the outbox's retry sweep, and lists the mail log on the admin index. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotifyConfiguration {

    @Bean
    AdminMenuItem mailLogAdmin() {
        return new AdminMenuItem("/admin/mail", "mailLog.title", "mailLog.description", 50);
    }
}

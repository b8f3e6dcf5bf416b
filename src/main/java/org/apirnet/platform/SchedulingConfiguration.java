package org.apirnet.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Housekeeping jobs ({@code @Scheduled}) run in every module; Spring Boot supplies the scheduler. The clock they read
 * is a bean so that a test can run a schedule forward without waiting for it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

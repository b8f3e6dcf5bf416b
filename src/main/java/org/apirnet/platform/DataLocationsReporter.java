package org.apirnet.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Says at start-up which database the portal uses and where its files live, so operators never have to guess. */
@Component
class DataLocationsReporter {

    private static final Logger log = LoggerFactory.getLogger(DataLocationsReporter.class);

    private final PortalProperties properties;
    private final Environment environment;

    DataLocationsReporter(PortalProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationStartedEvent.class)
    void report() {
        String url = environment.getProperty("spring.datasource.url");
        if (StringUtils.hasText(url)) {
            log.info("Database: PostgreSQL server at {}", url);
        }
        log.info("Data directory: {} (files in {}, search index in {})", properties.dataDir().toAbsolutePath().normalize(),
                properties.filesDir().toAbsolutePath().normalize(), properties.indexDir().toAbsolutePath().normalize());
    }
}

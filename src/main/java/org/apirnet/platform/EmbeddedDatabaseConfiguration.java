package org.apirnet.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL from the zonky binaries when no {@code spring.datasource.url} is set, so that
 * {@code ./mvnw spring-boot:run} needs nothing but a JDK. Its cluster lives under the data directory, survives
 * restarts, and is restarted by a watchdog if its server dies. With a URL configured none of this exists and Spring
 * Boot's own pool is used. The pool takes the same {@code spring.datasource.hikari.*} settings either way.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(PortalProperties properties) {
        return new EmbeddedDatabase(properties.embeddedDatabaseDir());
    }

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase postgres, PortalProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://localhost:%d/postgres".formatted(postgres.port()));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded-postgres");
        dataSource.setMaximumPoolSize(10);
        log.info("Database: embedded PostgreSQL 17 at {} (cluster in {}). Set SPRING_DATASOURCE_URL to use a server instead.",
                dataSource.getJdbcUrl(), properties.embeddedDatabaseDir().toAbsolutePath());
        return dataSource;
    }
}

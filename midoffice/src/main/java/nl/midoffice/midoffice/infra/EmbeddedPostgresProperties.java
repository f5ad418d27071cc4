package nl.midoffice.midoffice.infra;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL of the one-command demo, used when no {@code spring.datasource.url} is set.
 *
 * @param enabled       whether to start one at all
 * @param dataDirectory where it keeps its data, so an accepted aanvraag survives a restart; empty means a
 *                      throw-away directory (tests)
 * @param port          0 picks a free port
 */
@ConfigurationProperties("midoffice.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/postgres") String dataDirectory,
        @DefaultValue("0") int port) {
}

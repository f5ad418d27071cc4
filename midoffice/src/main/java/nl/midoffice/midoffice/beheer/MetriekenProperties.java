package nl.midoffice.midoffice.beheer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a metrics scraper authenticates besides the administrator.
 *
 * @param token a bearer token for {@code /actuator/prometheus} only (at least 32 characters, e.g. 32 random bytes
 *              in hex); unset (the default): only the administrator's HTTP Basic opens the metrics
 */
@ConfigurationProperties("midoffice.metrieken")
public record MetriekenProperties(String token) {

    static final int MINIMALE_LENGTE = 32;

    public MetriekenProperties {
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token != null && token.length() < MINIMALE_LENGTE) {
            throw new IllegalArgumentException("midoffice.metrieken.token must be at least " + MINIMALE_LENGTE
                    + " characters (a random secret, not a password)");
        }
    }
}

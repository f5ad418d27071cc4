package nl.midoffice.portal.midoffice;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal reaches the mid-office. The defaults run the local demo; the secret (the shared HS256 key of this
 * client) has none: {@code PORTAL_MIDOFFICE_SECRET}, or the published demo value under the demo profile.
 */
@ConfigurationProperties("portal.midoffice")
public record MidofficeProperties(
        @DefaultValue("http://localhost:8081") URI url,
        @DefaultValue("frontoffice-portal") String clientId,
        String secret,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("60s") Duration tokenLifetime) {

    public MidofficeProperties {
        // HS256 needs a key of at least 256 bits; fail at start-up rather than on the first citizen's request.
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("portal.midoffice.secret must be at least 32 bytes for HS256");
        }
    }

    @Override
    public String toString() {
        return "MidofficeProperties[url=" + url + ", clientId=" + clientId + ", secret=***]";
    }
}

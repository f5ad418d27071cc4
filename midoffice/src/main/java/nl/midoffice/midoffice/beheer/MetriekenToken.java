package nl.midoffice.midoffice.beheer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Checks a scraper's bearer token against {@code midoffice.metrieken.token}. A long random token needs no slow hash
 * (bcrypt protects guessable passwords; 32+ random characters cannot be guessed), so a scrape costs a SHA-256, not a
 * bcrypt round: the administrator's password check made every scrape cost tens of milliseconds of CPU. Compared in
 * constant time; without a configured token every token is refused.
 */
final class MetriekenToken implements OpaqueTokenIntrospector {

    static final String ROL = "METRIEKEN";

    private final byte[] verwacht;

    MetriekenToken(MetriekenProperties properties) {
        this.verwacht = properties.token() == null ? null : sha256(properties.token());
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        if (verwacht == null || !MessageDigest.isEqual(verwacht, sha256(token))) {
            throw new BadOpaqueTokenException("Unknown metrics token");
        }
        return new DefaultOAuth2AuthenticatedPrincipal("metrieken", Map.of("sub", "metrieken"),
                List.of(new SimpleGrantedAuthority("ROLE_" + ROL)));
    }

    private static byte[] sha256(String waarde) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(waarde.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

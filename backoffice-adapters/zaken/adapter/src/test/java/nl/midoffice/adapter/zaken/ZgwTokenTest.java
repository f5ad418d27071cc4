package nl.midoffice.adapter.zaken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;

/** The ZGW JWT: HS256 with the shared secret, iss, client_id and iat. */
class ZgwTokenTest {

    private static final String SECRET = "demo-only-zaken-secret-change-me-0123456789";

    @Test
    void aSignedTokenWithTheZgwClaims() throws Exception {
        var token = new ZgwToken("midoffice", SECRET, Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));

        String bearer = token.bearer();

        assertThat(bearer).startsWith("Bearer ");
        var jwt = SignedJWT.parse(bearer.substring("Bearer ".length()));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(jwt.verify(new MACVerifier("another-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("midoffice");
        assertThat(claims.getStringClaim("client_id")).isEqualTo("midoffice");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void aSecretTooShortForHs256IsRefusedAtStartUp() {
        assertThatThrownBy(() -> new ZgwToken("midoffice", "kort", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 32 bytes");
    }
}

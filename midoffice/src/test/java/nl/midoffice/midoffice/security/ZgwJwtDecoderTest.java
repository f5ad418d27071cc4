package nl.midoffice.midoffice.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jwt.JwtException;

import nl.midoffice.midoffice.MidofficeProperties;
import nl.midoffice.midoffice.Tokens;

/** Only an HS256-signed JWT of a registered client gets through; every forgery is a JwtException (401). */
class ZgwJwtDecoderTest {

    private static final String CLIENT = "frontoffice-portal";
    private static final String SECRET = "het-geheim-van-deze-test-0123456789abcdefgh";
    private static final String BSN = "999993653";

    private final ZgwJwtDecoder decoder = new ZgwJwtDecoder(new MidofficeProperties(
            Map.of(CLIENT, new MidofficeProperties.Client(SECRET, true)), Map.of("9001", "Lindeveen"),
            Duration.ofHours(1), null, null, null, null, 1, java.net.URI.create("http://localhost:8081")));

    @Test
    void aTokenOfTheClientSignedWithItsSecretIsAccepted() {
        var jwt = decoder.decode(Tokens.token(CLIENT, SECRET, BSN, Instant.now()));

        assertThat(jwt.getClaimAsString("bsn")).isEqualTo(BSN);
    }

    static Stream<Arguments> vervalst() {
        return VervalsteTokens.voor(CLIENT, SECRET, BSN).entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vervalst")
    void aForgedOrUnsupportedTokenIsRefused(String poging, String token) {
        assertThatThrownBy(() -> decoder.decode(token)).as(poging).isInstanceOf(JwtException.class);
    }
}

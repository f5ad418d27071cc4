package nl.midoffice.midoffice.security;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

import nl.midoffice.midoffice.MidofficeProperties;

/**
 * Verifies tokens the ZGW way: HS256 with a shared secret per client, the client named by {@code client_id}
 * (or {@code iss}). ZGW tokens often carry no {@code exp}, so {@code iat} may not be older than the configured
 * maximum age, nor lie in the future. Anything else that parses as a JWT (unsigned, encrypted, nested, of another
 * type or algorithm) is refused.
 */
public class ZgwJwtDecoder implements JwtDecoder {

    private static final Duration KLOKAFWIJKING = Duration.ofMinutes(1);

    private final Map<String, JwtDecoder> perClient;

    public ZgwJwtDecoder(MidofficeProperties properties) {
        this.perClient = properties.clients().entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> decoder(e.getKey(), e.getValue().secret(), properties.tokenMaxAge())));
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        String clientId;
        try {
            if (!(JWTParser.parse(token) instanceof SignedJWT jws)) {
                // unsigned (alg none) or encrypted (JWE): nothing this API issues or can verify
                throw new BadJwtException("Not a signed token");
            }
            weigerOnbekendeVorm(jws.getHeader());
            var claims = jws.getJWTClaimsSet();
            clientId = claims.getStringClaim("client_id") != null ? claims.getStringClaim("client_id")
                    : claims.getIssuer();
        } catch (ParseException e) {
            throw new BadJwtException("Malformed token");
        }
        JwtDecoder decoder = clientId == null ? null : perClient.get(clientId);
        if (decoder == null) {
            throw new BadJwtException("Unknown client");
        }
        return decoder.decode(token);
    }

    /**
     * Only a plain JWT signed with HS256: another {@code typ} (an access token of another profile, a logout token),
     * a {@code cty} (a nested token) or another algorithm is refused before any key is tried.
     */
    private static void weigerOnbekendeVorm(JWSHeader header) {
        if (header.getType() != null && !"JWT".equalsIgnoreCase(header.getType().getType())) {
            throw new BadJwtException("Unsupported token type");
        }
        if (header.getContentType() != null) {
            throw new BadJwtException("Nested tokens are not supported");
        }
        if (!JWSAlgorithm.HS256.equals(header.getAlgorithm())) {
            throw new BadJwtException("Unsupported algorithm");
        }
    }

    static String clientId(Jwt jwt) {
        String clientId = jwt.getClaimAsString("client_id");
        return clientId != null ? clientId : jwt.getClaimAsString("iss");
    }

    private static JwtDecoder decoder(String clientId, String secret, Duration maxAge) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder
                .withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                recentUitgegeven(maxAge, Clock.systemUTC()), jwt -> clientId.equals(clientId(jwt))
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "client_id mismatch", null))));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> recentUitgegeven(Duration maxAge, Clock clock) {
        return jwt -> {
            Instant iat = jwt.getIssuedAt();
            Instant nu = clock.instant();
            if (iat == null || iat.isAfter(nu.plus(KLOKAFWIJKING)) || iat.isBefore(nu.minus(maxAge))) {
                return OAuth2TokenValidatorResult.failure(
                        new OAuth2Error("invalid_token", "iat missing, in the future or too old", null));
            }
            return OAuth2TokenValidatorResult.success();
        };
    }
}

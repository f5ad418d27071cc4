package nl.midoffice.simulator.zaken.auth;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import nl.midoffice.simulator.zaken.SimulatorProperties;
import nl.midoffice.simulator.zaken.zgw.ZgwFout;

/**
 * Checks a ZGW JWT the way the ZGW APIs do: HS256 with a secret shared per client, the client named in
 * {@code client_id}, an {@code iat} that is neither too old nor in the future, and the client's scopes.
 */
@Component
public class TokenControle {

    /** HS256 needs a key of at least 256 bits (RFC 7518 §3.2); nimbus refuses shorter ones. */
    static final int MIN_SECRET_BYTES = 32;

    private final Map<String, SimulatorProperties.Client> clients;
    private final Duration maxLeeftijd;
    private final Duration klokAfwijking;
    private final Clock clock;

    TokenControle(SimulatorProperties properties, Clock clock) {
        this.clients = properties.clients();
        this.maxLeeftijd = properties.jwtMaxLeeftijd();
        this.klokAfwijking = properties.klokAfwijking();
        this.clock = clock;
        clients.forEach((id, client) -> {
            if (client.secret() == null || client.secret().getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
                throw new IllegalStateException("simulator.clients." + id + ".secret is korter dan "
                        + MIN_SECRET_BYTES + " bytes; HS256 vereist een sleutel van ten minste 256 bits");
            }
        });
    }

    /**
     * @param authorization the Authorization header as sent (may be null)
     * @param nodig         scopes of which the caller needs one; empty when the call needs none
     * @throws ZgwFout 401 {@code not_authenticated} or 403 {@code permission_denied}
     */
    public ZgwClient controleer(String authorization, Set<String> nodig) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ZgwFout.nietGeauthenticeerd("Authenticatiegegevens zijn niet opgegeven.");
        }
        SignedJWT jwt = lees(authorization.substring(7).strip());
        JWTClaimsSet claims = claims(jwt);
        String clientId = tekstClaim(claims, "client_id");
        if (clientId == null) {
            // older ZGW tokens name the client only in iss
            clientId = claims.getIssuer();
        }
        if (clientId == null || clientId.isBlank()) {
            throw ZgwFout.nietGeauthenticeerd("De JWT bevat geen client_id.");
        }
        SimulatorProperties.Client client = clients.get(clientId);
        if (client == null) {
            throw ZgwFout.geenToestemming("Client identifier bestaat niet.");
        }
        controleerHandtekening(jwt, client.secret());
        controleerIat(claims.getIssueTime());
        if (!Scopes.heeftEenVan(client.scopes(), nodig)) {
            throw ZgwFout.geenToestemming("Je hebt geen toestemming om deze actie uit te voeren (nodig: "
                    + String.join(" of ", nodig.stream().sorted().toList()) + ").");
        }
        return new ZgwClient(clientId, Set.copyOf(client.scopes()), tekstClaim(claims, "user_id"),
                tekstClaim(claims, "user_representation"));
    }

    private static SignedJWT lees(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
                throw ZgwFout.nietGeauthenticeerd("JWT moet met HS256 ondertekend zijn.");
            }
            return jwt;
        } catch (ParseException e) {
            throw ZgwFout.nietGeauthenticeerd("Ongeldige JWT: het token is geen ondertekende JWT.");
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw ZgwFout.nietGeauthenticeerd("Ongeldige JWT: de claims zijn geen JSON-object.");
        }
    }

    private static String tekstClaim(JWTClaimsSet claims, String naam) {
        Object waarde = claims.getClaim(naam);
        return waarde == null ? null : waarde.toString();
    }

    private static void controleerHandtekening(SignedJWT jwt, String secret) {
        try {
            if (!jwt.verify(new MACVerifier(secret.getBytes(StandardCharsets.UTF_8)))) {
                throw ZgwFout.nietGeauthenticeerd("JWT-handtekening klopt niet.");
            }
        } catch (JOSEException e) {
            throw ZgwFout.nietGeauthenticeerd("JWT-handtekening kon niet gecontroleerd worden.");
        }
    }

    private void controleerIat(Date iat) {
        if (iat == null) {
            throw ZgwFout.nietGeauthenticeerd("De JWT bevat geen iat (tijdstip van uitgifte).");
        }
        Instant nu = clock.instant();
        Instant uitgegeven = iat.toInstant();
        if (uitgegeven.isAfter(nu.plus(klokAfwijking))) {
            throw ZgwFout.nietGeauthenticeerd("De JWT is in de toekomst uitgegeven (iat).");
        }
        if (uitgegeven.plus(maxLeeftijd).plus(klokAfwijking).isBefore(nu)) {
            throw ZgwFout.nietGeauthenticeerd("De JWT is verlopen: iat ligt meer dan "
                    + maxLeeftijd.toMinutes() + " minuten in het verleden.");
        }
    }
}

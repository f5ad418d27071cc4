package nl.midoffice.midoffice;

import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** ZGW-style tokens as a front office makes them. */
public final class Tokens {

    public static final String DEMO_SECRET = "demo-only-secret-change-me-0123456789abcdef";

    private Tokens() {
    }

    public static String portaal(String bsn) {
        return token("frontoffice-portal", DEMO_SECRET, bsn, Instant.now());
    }

    public static String token(String client, String secret, String bsn, Instant iat) {
        try {
            var claims = new JWTClaimsSet.Builder().issuer(client).claim("client_id", client)
                    .issueTime(Date.from(iat));
            if (bsn != null) {
                claims.claim("bsn", bsn);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package nl.midoffice.adapter.zaken;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * ZGW JWTs for the Zaken API: HS256 with the client's shared secret, claims {@code iss}, {@code client_id}
 * and {@code iat}. A fresh token per request, because a ZRC accepts an {@code iat} only for a limited time.
 */
final class ZgwToken {

    private final String clientId;
    private final MACSigner signer;
    private final Clock clock;

    /** @throws IllegalArgumentException at start-up when the secret is shorter than HS256 needs (32 bytes) */
    ZgwToken(String clientId, String secret, Clock clock) {
        this.clientId = clientId;
        this.clock = clock;
        try {
            this.signer = new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("midoffice.adapters.zaken.secret must be at least 32 bytes", e);
        }
    }

    /** The value of the {@code Authorization} header. */
    String bearer() {
        var claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .claim("client_id", clientId)
                .issueTime(Date.from(clock.instant()))
                .build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a ZGW JWT", e);
        }
        return "Bearer " + jwt.serialize();
    }
}

package nl.midoffice.portal.midoffice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.stereotype.Component;

/**
 * Mints the bearer token for one call, in the ZGW manner (HS256, {@code iss} = {@code client_id}).
 * A fresh, short-lived token per call keeps a leaked token nearly worthless and carries the
 * citizen on whose behalf the call is made ({@code bsn}), so the BSN never travels in a URL.
 */
@Component
class MidofficeTokens {

    private final MidofficeProperties properties;
    private final Clock clock;
    private final MACSigner signer;

    MidofficeTokens(MidofficeProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        try {
            this.signer = new MACSigner(properties.secret().getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalStateException("portal.midoffice.secret is not usable for HS256", e);
        }
    }

    String voorBurger(String bsn) {
        Instant nu = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(properties.clientId())
                .claim("client_id", properties.clientId())
                .issueTime(Date.from(nu))
                .expirationTime(Date.from(nu.plus(properties.tokenLifetime())))
                .claim("bsn", bsn)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the mid-office token", e);
        }
        return jwt.serialize();
    }
}

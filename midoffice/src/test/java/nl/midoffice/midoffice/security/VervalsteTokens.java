package nl.midoffice.midoffice.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tokens an attacker would try against the API, each with what it tries; none may get in. They are made for a
 * real client and its real secret where that makes the attack stronger (the wrong algorithm, type or nesting with
 * the right key), so that only the decoder's rules stand between them and the API.
 */
public final class VervalsteTokens {

    private VervalsteTokens() {
    }

    /** What each token tries, and the token. */
    public static Map<String, String> voor(String client, String secret, String bsn) {
        Instant nu = Instant.now();
        JWTClaimsSet geldig = claims(client, bsn, nu).build();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("alg none", new PlainJWT(geldig).serialize());
        tokens.put("alg none with a signature", ruw("{\"alg\":\"none\"}", geldig, secret, "HmacSHA256"));
        tokens.put("encrypted (JWE, dir/A256GCM, the shared secret)", versleuteld(geldig, secret));
        tokens.put("RS256 header, HMAC signature with the shared secret",
                ruw("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", geldig, secret, "HmacSHA256"));
        tokens.put("HS512 with the shared secret", ruw("{\"alg\":\"HS512\",\"typ\":\"JWT\"}", geldig, secret,
                "HmacSHA512"));
        tokens.put("typ at+jwt", ondertekend(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(new JOSEObjectType("at+jwt")).build(), geldig, secret));
        tokens.put("nested (cty JWT)", ondertekend(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .contentType("JWT").build(), geldig, secret));
        tokens.put("kid path traversal, another key", ondertekend(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID("../".repeat(4) + "dev/null").build(), geldig, "een-ander-geheim-van-ruim-32-tekens-lang!!"));
        tokens.put("another secret", ondertekend(new JWSHeader(JWSAlgorithm.HS256), geldig,
                "een-ander-geheim-van-ruim-32-tekens-lang!!"));
        tokens.put("iat 2 hours ago", ondertekend(new JWSHeader(JWSAlgorithm.HS256),
                claims(client, bsn, nu.minus(Duration.ofHours(2))).build(), secret));
        tokens.put("iat in an hour", ondertekend(new JWSHeader(JWSAlgorithm.HS256),
                claims(client, bsn, nu.plus(Duration.ofHours(1))).build(), secret));
        tokens.put("expired", ondertekend(new JWSHeader(JWSAlgorithm.HS256),
                claims(client, bsn, nu).expirationTime(Date.from(nu.minusSeconds(120))).build(), secret));
        tokens.put("not yet valid", ondertekend(new JWSHeader(JWSAlgorithm.HS256),
                claims(client, bsn, nu).notBeforeTime(Date.from(nu.plus(Duration.ofHours(1)))).build(), secret));
        tokens.put("unknown client", ondertekend(new JWSHeader(JWSAlgorithm.HS256),
                claims("onbekende-client", bsn, nu).build(), secret));
        tokens.put("no client_id nor iss", ondertekend(new JWSHeader(JWSAlgorithm.HS256),
                new JWTClaimsSet.Builder().issueTime(Date.from(nu)).claim("bsn", bsn).build(), secret));
        String echt = ondertekend(new JWSHeader(JWSAlgorithm.HS256), geldig, secret);
        tokens.put("signature stripped", echt.substring(0, echt.lastIndexOf('.') + 1));
        tokens.put("claims swapped under a valid signature", wissel(echt, claims(client, "999995492", nu).build()));
        tokens.put("garbage", "a.b.c");
        tokens.put("not base64", "!!!.???.***");
        tokens.put("empty", "");
        return tokens;
    }

    private static JWTClaimsSet.Builder claims(String client, String bsn, Instant iat) {
        return new JWTClaimsSet.Builder().issuer(client).claim("client_id", client).issueTime(Date.from(iat))
                .claim("bsn", bsn);
    }

    private static String ondertekend(JWSHeader header, JWTClaimsSet claims, String secret) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A header written by hand and signed with the secret, as a library that trusts {@code alg} would check it. */
    private static String ruw(String header, JWTClaimsSet claims, String secret, String mac) {
        try {
            String invoer = b64(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + b64(claims.toString().getBytes(StandardCharsets.UTF_8));
            Mac hmac = Mac.getInstance(mac);
            hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), mac));
            return invoer + "." + b64(hmac.doFinal(invoer.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String versleuteld(JWTClaimsSet claims, String secret) {
        try {
            EncryptedJWT jwe = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), claims);
            jwe.encrypt(new DirectEncrypter(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8))));
            return jwe.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload replaced, header and signature kept. */
    private static String wissel(String token, JWTClaimsSet andere) {
        String[] delen = token.split("\\.");
        return delen[0] + "." + b64(andere.toString().getBytes(StandardCharsets.UTF_8)) + "." + delen[2];
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

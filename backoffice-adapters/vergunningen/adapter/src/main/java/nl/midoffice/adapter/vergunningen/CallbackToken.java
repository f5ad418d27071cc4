package nl.midoffice.adapter.vergunningen;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The proof a decision callback carries in its URL ({@code token}): HMAC-SHA256 over the aanvraag id and whether
 * the call is a shadow call, keyed with {@code callback-geheim}, which never leaves the mid-office; base64url. So a
 * callback URL is good for its own aanvraag only, and whoever learns one cannot decide another aanvraag, nor turn
 * a shadow decision into the citizen's. Checked in constant time.
 */
final class CallbackToken {

    static final String PARAMETER = "token";
    private static final String ALGORITME = "HmacSHA256";

    private final SecretKeySpec sleutel;

    CallbackToken(String geheim) {
        this.sleutel = new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), ALGORITME);
    }

    String voor(String aanvraagId, boolean schaduw) {
        try {
            Mac mac = Mac.getInstance(ALGORITME);
            mac.init(sleutel);
            byte[] waarde = mac.doFinal(("vergunningen-besluit:" + aanvraagId.toLowerCase(Locale.ROOT) + ":"
                    + (schaduw ? "schaduw" : "burger")).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(waarde);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    boolean past(String aanvraagId, boolean schaduw, String token) {
        return aanvraagId != null && token != null && MessageDigest.isEqual(
                voor(aanvraagId, schaduw).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "CallbackToken[***]";
    }
}

package nl.midoffice.adapter.vergunningen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The credential the service must present on a callback: the {@code Authorization} value the adapter handed over
 * with the application. Compared in constant time (on digests, so the length leaks nothing either).
 */
final class CallbackSleutel {

    private final byte[] verwacht;

    CallbackSleutel(String authorization) {
        this.verwacht = digest(authorization);
    }

    boolean past(String authorization) {
        return authorization != null && MessageDigest.isEqual(verwacht, digest(authorization));
    }

    private static byte[] digest(String waarde) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(waarde.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "CallbackSleutel[***]";
    }
}

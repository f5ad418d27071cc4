package nl.midoffice.simulator.zaken.zgw;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/** Reads the UUID out of a ZGW resource URL. */
public final class ResourceUrl {

    private ResourceUrl() {
    }

    /**
     * The UUID at the end of a URL whose path starts with the given collection path. Only the path
     * counts: the same simulator is reached as localhost, 127.0.0.1 or a container name.
     */
    public static Optional<UUID> uuidNa(URI url, String collectiePad) {
        String pad = url == null ? null : url.getPath();
        if (pad == null || !pad.startsWith(collectiePad)) {
            return Optional.empty();
        }
        String rest = pad.substring(collectiePad.length());
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        try {
            return Optional.of(UUID.fromString(rest));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

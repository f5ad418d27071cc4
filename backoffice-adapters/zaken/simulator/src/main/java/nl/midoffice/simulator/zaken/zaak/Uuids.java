package nl.midoffice.simulator.zaken.zaak;

import java.util.Optional;
import java.util.UUID;

/** A path segment that is not a UUID names no resource: 404, not 400. */
final class Uuids {

    private Uuids() {
    }

    static Optional<UUID> lees(String tekst) {
        try {
            return Optional.of(UUID.fromString(tekst));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

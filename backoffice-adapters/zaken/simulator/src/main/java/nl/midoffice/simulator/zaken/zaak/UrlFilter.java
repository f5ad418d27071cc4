package nl.midoffice.simulator.zaken.zaak;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import nl.midoffice.simulator.zaken.zgw.ResourceUrl;
import nl.midoffice.simulator.zaken.zgw.ZgwFout;

/** A query parameter holding a resource URL, e.g. {@code ?zaak=...}; compared by path, not by host. */
final class UrlFilter {

    private UrlFilter() {
    }

    /**
     * @return empty when no filter was given; a random UUID (matching nothing) for a URL outside the collection
     * @throws ZgwFout 400 when the value is not a URL at all
     */
    static Optional<UUID> uuid(String parameter, String waarde, String collectiePad) {
        if (waarde == null || waarde.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI url = URI.create(waarde);
            if (url.getScheme() == null || url.getHost() == null) {
                throw new IllegalArgumentException("geen absolute URL");
            }
            return Optional.of(ResourceUrl.uuidNa(url, collectiePad).orElseGet(UUID::randomUUID));
        } catch (IllegalArgumentException e) {
            throw ZgwFout.validatie(parameter, "invalid", "Voer een geldige URL in.");
        }
    }
}

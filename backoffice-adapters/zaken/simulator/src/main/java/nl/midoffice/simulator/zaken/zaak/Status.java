package nl.midoffice.simulator.zaken.zaak;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.midoffice.simulator.zaken.catalogus.StatusType;

/**
 * A status a zaak has reached.
 *
 * @param statustypeUrl the statustype URL exactly as the client sent it
 * @param volgorde      order of registration, to break ties between equal datumStatusGezet
 */
public record Status(UUID uuid, UUID zaakUuid, StatusType statustype, String statustypeUrl,
                     OffsetDateTime datumStatusGezet, String statustoelichting, long volgorde) {
}

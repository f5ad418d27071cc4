package nl.midoffice.simulator.zaken.catalogus;

import java.util.UUID;

/** A roltype of the stand-in catalogue; only the initiator, shared by every zaaktype. */
public record RolType(UUID uuid, String omschrijving, String omschrijvingGeneriek) {
}

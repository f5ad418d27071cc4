package nl.midoffice.simulator.zaken.catalogus;

import java.util.UUID;

/** A statustype of the stand-in catalogue; the four are shared by every zaaktype. */
public record StatusType(UUID uuid, String omschrijving, int volgnummer, boolean isEindstatus, String statustekst) {
}

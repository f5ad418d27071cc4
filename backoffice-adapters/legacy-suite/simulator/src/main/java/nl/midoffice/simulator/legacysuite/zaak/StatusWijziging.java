package nl.midoffice.simulator.legacysuite.zaak;

import java.time.Instant;

/** One entry of a zaak's status history; toelichting is what the clerk wrote, possibly empty. */
public record StatusWijziging(ZaakStatus status, String toelichting, Instant gezetOp) {

    public StatusWijziging {
        toelichting = toelichting == null ? "" : toelichting;
    }
}

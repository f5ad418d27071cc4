package nl.midoffice.midoffice.aanvraag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.midoffice.contracts.AanvraagStatus;

/** An aanvraag as stored by the mid-office. {@code gegevensJson} is the validated product data. */
public record Aanvraag(
        UUID id,
        String referentie,
        String product,
        String gemeente,
        String aanvragerBsn,
        String gegevensJson,
        AanvraagStatus status,
        String statusToelichting,
        String zaakSysteem,
        String zaakIdentificatie,
        String correlationId,
        Instant ontvangenOp,
        String stap,
        String persoonJson) {

    /** The step of a new aanvraag: no capability asked yet. */
    public static final String INTAKE = "INTAKE";
    /** The step after the last: nothing more to ask. */
    public static final String KLAAR = "KLAAR";

    /** One step in the status history. */
    public record Statuswijziging(AanvraagStatus status, String toelichting, String bron, Instant tijdstip) {
    }

    /** The aanvraag with its history, oldest first. */
    public record MetHistorie(Aanvraag aanvraag, List<Statuswijziging> historie) {
    }

    @Override
    public String toString() {
        return "Aanvraag[id=" + id + ", referentie=" + referentie + ", status=" + status + "]";
    }
}

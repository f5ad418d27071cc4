package nl.midoffice.simulator.vergunningen.aanvraag;

import java.time.Instant;

/**
 * One application as the service holds it; immutable, replaced as a whole on every change.
 *
 * @param volgorde    arrival order, for "newest first"
 * @param herhalingen how often the same application was delivered again (idempotent repeats)
 * @param besluit     null while IN_BEHANDELING
 */
public record Aanvraag(String id, long volgorde, AanvraagGegevens gegevens, Herkomst herkomst, Instant ontvangenOp,
                       int herhalingen, Besluit besluit, Aflevering aflevering) {

    public AanvraagStatus status() {
        return besluit == null ? AanvraagStatus.IN_BEHANDELING : AanvraagStatus.AFGEHANDELD;
    }

    Aanvraag metHerhaling() {
        return new Aanvraag(id, volgorde, gegevens, herkomst, ontvangenOp, herhalingen + 1, besluit, aflevering);
    }

    Aanvraag met(Besluit nieuw) {
        return new Aanvraag(id, volgorde, gegevens, herkomst, ontvangenOp, herhalingen, nieuw, aflevering.gestart());
    }

    Aanvraag met(Aflevering nieuw) {
        return new Aanvraag(id, volgorde, gegevens, herkomst, ontvangenOp, herhalingen, besluit, nieuw);
    }
}

package nl.midoffice.simulator.legacysuite.zaak;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A zaak as the suite holds it. Immutable: the register swaps whole values, which keeps concurrent
 * readers (werkbak, BeantwoordVraag) from ever seeing half an update.
 *
 * @param volgorde    order of arrival, to list the newest first even within one millisecond
 * @param aflevering  transport facts of the first delivery
 * @param herhalingen how often the same zaak was delivered again and recognised as a repeat
 * @param statussen   status history, oldest first; never empty
 * @param besluit     the clerk's permit decision, or null (only zaken of a permit zaaktype get one)
 */
public record Zaak(
        long volgorde,
        NieuweZaak gegevens,
        Aflevering aflevering,
        Instant ontvangenOp,
        int herhalingen,
        List<StatusWijziging> statussen,
        Besluit besluit) {

    public Zaak {
        statussen = List.copyOf(statussen);
    }

    static Zaak nieuw(long volgorde, NieuweZaak gegevens, Aflevering aflevering, Instant nu) {
        return new Zaak(volgorde, gegevens, aflevering, nu, 0,
                List.of(new StatusWijziging(ZaakStatus.GEREGISTREERD, "", nu)), null);
    }

    public String identificatie() {
        return gegevens.identificatie();
    }

    public StatusWijziging huidigeStatus() {
        return statussen.get(statussen.size() - 1);
    }

    Zaak metHerhaling() {
        return new Zaak(volgorde, gegevens, aflevering, ontvangenOp, herhalingen + 1, statussen, besluit);
    }

    Zaak met(StatusWijziging wijziging) {
        List<StatusWijziging> nieuw = new ArrayList<>(statussen);
        nieuw.add(wijziging);
        return new Zaak(volgorde, gegevens, aflevering, ontvangenOp, herhalingen, nieuw, besluit);
    }

    /** The decision and the final status it sets, in one step. */
    Zaak met(Besluit nieuwBesluit) {
        Zaak gesloten = met(new StatusWijziging(nieuwBesluit.status(), nieuwBesluit.toelichting(), nieuwBesluit.genomenOp()));
        return new Zaak(volgorde, gegevens, aflevering, ontvangenOp, herhalingen, gesloten.statussen, nieuwBesluit);
    }
}

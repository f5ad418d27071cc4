package nl.midoffice.simulator.legacysuite.zaak;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * A clerk's decision on a permit application. It closes the zaak: the status it sets, with its
 * toelichting, is what the existing status polling carries to the mid-office and the citizen.
 *
 * @param vergunningnummer only when VERLEEND, e.g. {@code PV-9001-000001}
 * @param geldigVanaf      only when VERLEEND; first day the permit is valid
 * @param geldigTot        only when VERLEEND; the day the permit ends, after geldigVanaf
 * @param reden            only when AFGEWEZEN; shown to the citizen
 */
public record Besluit(Uitkomst uitkomst, String vergunningnummer, LocalDate geldigVanaf, LocalDate geldigTot,
                      String reden, Instant genomenOp) {

    /** The outcome, as it also goes on the wire in {@code ZKN:resultaat/ZKN:omschrijving}. */
    public enum Uitkomst { VERLEEND, AFGEWEZEN }

    static final DateTimeFormatter WEERGAVE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** Checks the dates before drawing a number, so that a refused attempt does not use one up. */
    static Besluit verleend(Supplier<String> vergunningnummer, LocalDate vanaf, LocalDate tot, Instant op) {
        if (vanaf == null || tot == null) {
            throw new StatusWijzigingGeweigerdException("Geef bij verlenen aan van wanneer tot wanneer de vergunning geldig is.");
        }
        if (!tot.isAfter(vanaf)) {
            throw new StatusWijzigingGeweigerdException("De einddatum van de vergunning moet na de ingangsdatum liggen.");
        }
        return new Besluit(Uitkomst.VERLEEND, vergunningnummer.get(), vanaf, tot, null, op);
    }

    static Besluit afgewezen(String reden, Instant op) {
        if (reden == null || reden.isBlank()) {
            throw new StatusWijzigingGeweigerdException("Geef bij afwijzen een reden: de inwoner krijgt die te zien.");
        }
        return new Besluit(Uitkomst.AFGEWEZEN, null, null, null, reden.strip(), op);
    }

    public ZaakStatus status() {
        return uitkomst == Uitkomst.VERLEEND ? ZaakStatus.AFGEHANDELD : ZaakStatus.AFGEWEZEN;
    }

    /** The text the citizen reads with the final status. */
    public String toelichting() {
        if (uitkomst == Uitkomst.AFGEWEZEN) {
            return reden;
        }
        return "Parkeervergunning verleend, vergunningnummer " + vergunningnummer + ", geldig van "
                + WEERGAVE.format(geldigVanaf) + " tot " + WEERGAVE.format(geldigTot);
    }
}

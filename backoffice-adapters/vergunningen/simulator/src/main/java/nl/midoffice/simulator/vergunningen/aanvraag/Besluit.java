package nl.midoffice.simulator.vergunningen.aanvraag;

import java.time.LocalDate;

/**
 * The decision on one application.
 *
 * @param vergunningnummer only when VERLEEND
 * @param geldigVanaf      only when VERLEEND: the requested ingangsdatum
 * @param geldigTot        only when VERLEEND: one year after geldigVanaf
 * @param handmatig        true when a clerk decided on the page instead of the rules
 */
public record Besluit(Uitkomst uitkomst, String reden, String vergunningnummer, LocalDate geldigVanaf,
                      LocalDate geldigTot, LocalDate besluitdatum, boolean handmatig) {

    static Besluit verleend(String reden, String vergunningnummer, LocalDate vanaf, LocalDate besluitdatum,
                            boolean handmatig) {
        return new Besluit(Uitkomst.VERLEEND, reden, vergunningnummer, vanaf, vanaf.plusYears(1), besluitdatum,
                handmatig);
    }

    static Besluit afgewezen(String reden, LocalDate besluitdatum, boolean handmatig) {
        return new Besluit(Uitkomst.AFGEWEZEN, reden, null, null, null, besluitdatum, handmatig);
    }
}

package nl.midoffice.adapter.zaken;

import java.util.Locale;
import java.util.Map;

import nl.midoffice.contracts.AanvraagStatus;

/**
 * Which status a citizen sees for a statustype of the zaaksysteem. First by the statustype's omschrijving (the
 * simulator's catalogue and common ZGW practice); a statustype with another name falls back on its place in the
 * zaaktype: the first is GEREGISTREERD, an eindstatus AFGEHANDELD, anything between IN_BEHANDELING. A negative
 * outcome is recognised only by name ("Afgewezen", "Geweigerd"): the simulator has no resultaten.
 */
final class StatusVertaling {

    private static final Map<String, AanvraagStatus> OP_OMSCHRIJVING = Map.of(
            "ontvangen", AanvraagStatus.GEREGISTREERD,
            "geregistreerd", AanvraagStatus.GEREGISTREERD,
            "in behandeling", AanvraagStatus.IN_BEHANDELING,
            "afgehandeld", AanvraagStatus.AFGEHANDELD,
            "afgewezen", AanvraagStatus.AFGEWEZEN,
            "geweigerd", AanvraagStatus.AFGEWEZEN);

    private StatusVertaling() {
    }

    static AanvraagStatus vertaal(String omschrijving, boolean isEindstatus, int volgnummer) {
        if (omschrijving != null) {
            AanvraagStatus bekend = OP_OMSCHRIJVING.get(omschrijving.strip().toLowerCase(Locale.ROOT));
            if (bekend != null) {
                return bekend;
            }
        }
        if (isEindstatus) {
            return AanvraagStatus.AFGEHANDELD;
        }
        return volgnummer <= 1 ? AanvraagStatus.GEREGISTREERD : AanvraagStatus.IN_BEHANDELING;
    }
}

package nl.midoffice.simulator.vergunningen.aanvraag;

import java.net.URI;
import java.time.LocalDate;

/**
 * What the caller asked for, validated and normalised. Two deliveries with the same referentie are
 * "the same application" exactly when these values are equal.
 *
 * @param callbackAuth the Authorization value to send with the callback, or null
 */
public record AanvraagGegevens(String referentie, String gemeente, Aanvrager aanvrager, Kenteken kenteken,
                               LocalDate ingangsdatum, URI callbackUrl, String callbackAuth) {

    /** Keeps the callback credential and the BSN out of any log line or message that prints this. */
    @Override
    public String toString() {
        return "AanvraagGegevens[referentie=" + referentie + ", gemeente=" + gemeente + ", aanvrager=" + aanvrager
                + ", kenteken=" + kenteken.waarde() + ", ingangsdatum=" + ingangsdatum
                + ", callbackUrl=" + callbackUrl + ", callbackAuth=" + (callbackAuth == null ? "geen" : "***") + "]";
    }
}

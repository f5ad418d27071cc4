package nl.midoffice.simulator.vergunningen.aanvraag;

import java.net.URI;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What the caller asked for, validated and normalised. Two deliveries with the same referentie are
 * "the same application" exactly when these values are equal.
 *
 * @param callbackAuth the Authorization value to send with the callback, or null
 */
public record AanvraagGegevens(String referentie, String gemeente, Aanvrager aanvrager, Kenteken kenteken,
                               LocalDate ingangsdatum, URI callbackUrl, String callbackAuth) {

    /** A credential the caller may have put in its callback URL's query, e.g. the mid-office's {@code token}. */
    private static final Pattern URL_GEHEIM = Pattern.compile("(?i)([?&](?:token|key|secret|sleutel)=)[^&#]*");

    /** The callback URL for the page and the logs: a credential in its query is shown as {@code ***}. */
    public String callbackUrlWeergave() {
        return URL_GEHEIM.matcher(callbackUrl.toString()).replaceAll("$1***");
    }

    /** Keeps the callback credential and the BSN out of any log line or message that prints this. */
    @Override
    public String toString() {
        return "AanvraagGegevens[referentie=" + referentie + ", gemeente=" + gemeente + ", aanvrager=" + aanvrager
                + ", kenteken=" + kenteken.waarde() + ", ingangsdatum=" + ingangsdatum
                + ", callbackUrl=" + callbackUrlWeergave() + ", callbackAuth=" + (callbackAuth == null ? "geen" : "***") + "]";
    }
}

package nl.midoffice.simulator.brp.ontvangen;

import java.time.Instant;
import java.util.List;

/**
 * One answered question, as the control API shows it. BSNs are kept masked only: the simulator's
 * log of who was looked up must not become a second person register.
 *
 * @param bevraging            the query type, e.g. RaadpleegMetBurgerservicenummer
 * @param burgerservicenummers the asked numbers, masked ({@code *****3653})
 * @param fields               the asked field paths
 * @param gemeenteVanInschrijving the optional municipality filter, or null
 * @param aantalPersonen       how many persons the answer held
 * @param aanvraagId           the mid-office's aanvraag id ({@code X-Aanvraag-ID}), or null
 * @param correlationId        the {@code X-Correlation-ID} of the call, or null
 * @param ontvangenOp          when it arrived
 */
public record Bevraging(String bevraging, List<String> burgerservicenummers, List<String> fields,
                        String gemeenteVanInschrijving, int aantalPersonen, String aanvraagId,
                        String correlationId, Instant ontvangenOp) {
}

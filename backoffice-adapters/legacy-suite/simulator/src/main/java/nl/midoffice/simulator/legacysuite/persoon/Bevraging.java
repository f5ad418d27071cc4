package nl.midoffice.simulator.legacysuite.persoon;

import java.time.Instant;

/**
 * One answered person lookup, as the control API shows it. The BSN is kept masked only: the log of
 * who was looked up must not become a second person register.
 *
 * @param bsn              the asked BSN, masked ({@code *****3653})
 * @param gevonden         whether the suite's copy knew the person
 * @param aanvraagId       the mid-office's aanvraag id ({@code X-Aanvraag-ID}), or null
 * @param correlationId    the {@code X-Correlation-ID} of the call, or null
 * @param referentienummer the question's StUF referentienummer, or null
 * @param ontvangenOp      when it arrived
 */
public record Bevraging(String bsn, boolean gevonden, String aanvraagId, String correlationId,
                        String referentienummer, Instant ontvangenOp) {
}

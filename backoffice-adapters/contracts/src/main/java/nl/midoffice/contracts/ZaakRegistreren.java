package nl.midoffice.contracts;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Command: register a zaak for an aanvraag in a back office (capability zaakregistratie).
 *
 * @param messageId      unique per message; a redelivered message keeps it
 * @param correlationId  from the portal's request, end to end
 * @param aanvraagId     the mid-office's aanvraag id
 * @param referentie     the reference the citizen sees; back offices use it as the zaak's identification
 * @param gemeente       CBS municipality code, e.g. {@code 9001}
 * @param product        product id, e.g. {@code melding-openbare-ruimte}
 * @param initiatorBsn   the BSN of the citizen who asked (personal data: never log it)
 * @param omschrijving   a short description of the zaak (max 80 characters in StUF-ZKN)
 * @param toelichting    the citizen's own words
 * @param gegevens       the product's data as submitted, flattened to strings
 * @param tijdstip       when the aanvraag was received
 * @param schaduw        true for the copy sent to the new system while zaakregistratie is in {@code SHADOW}: the
 *                       system registers it for real, but its answer is only compared, never shown to the citizen
 */
public record ZaakRegistreren(
        String messageId,
        String correlationId,
        String aanvraagId,
        String referentie,
        String gemeente,
        String product,
        String initiatorBsn,
        String omschrijving,
        String toelichting,
        Map<String, String> gegevens,
        Instant tijdstip,
        boolean schaduw) {

    public ZaakRegistreren {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(aanvraagId, "aanvraagId");
        Objects.requireNonNull(referentie, "referentie");
        gegevens = gegevens == null ? Map.of() : Map.copyOf(gegevens);
    }

    @Override
    public String toString() {
        // never print the BSN
        return "ZaakRegistreren[messageId=" + messageId + ", aanvraagId=" + aanvraagId + ", referentie=" + referentie
                + ", gemeente=" + gemeente + ", product=" + product + ", schaduw=" + schaduw + "]";
    }
}

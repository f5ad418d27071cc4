package nl.midoffice.simulator.zaken.zaak;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.midoffice.simulator.zaken.catalogus.ZaakType;
import tools.jackson.databind.JsonNode;

/**
 * A registered zaak as it was created; statuses and roles are kept beside it in the register.
 *
 * @param basisUrl      base of the URLs the creating client used; notifications about this zaak use it
 * @param zaaktypeUrl   the zaaktype URL exactly as the client sent it
 * @param aanvraagId    the mid-office's aanvraag id (X-Aanvraag-ID header or kenmerk), may be null
 * @param correlationId the X-Correlation-ID of the creating call, may be null
 */
public record Zaak(UUID uuid, String basisUrl, String identificatie, String bronorganisatie,
                   String verantwoordelijkeOrganisatie, ZaakType zaaktype, String zaaktypeUrl,
                   LocalDate startdatum, LocalDate registratiedatum, String omschrijving, String toelichting,
                   String vertrouwelijkheidaanduiding, LocalDate einddatumGepland,
                   LocalDate uiterlijkeEinddatumAfdoening, LocalDate publicatiedatum, List<Kenmerk> kenmerken,
                   JsonNode zaakgeometrie, String aanvraagId, String correlationId, Instant ontvangenOp) {

    public Zaak {
        kenmerken = List.copyOf(kenmerken);
    }

    Zaak metIdentificatie(String nieuw) {
        return new Zaak(uuid, basisUrl, nieuw, bronorganisatie, verantwoordelijkeOrganisatie, zaaktype, zaaktypeUrl,
                startdatum, registratiedatum, omschrijving, toelichting, vertrouwelijkheidaanduiding, einddatumGepland,
                uiterlijkeEinddatumAfdoening, publicatiedatum, kenmerken, zaakgeometrie, aanvraagId, correlationId,
                ontvangenOp);
    }
}

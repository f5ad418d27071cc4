package nl.midoffice.adapter.vergunningen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import nl.midoffice.camel.OnverwerkbaarBericht;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.contracts.VergunningAanvragen;

/**
 * What the service's answer to an application means for the aanvraag. Taken (202, or 200 for an application it
 * already had) is IN_BEHANDELING; a 400 about the citizen's own data is AFGEWEZEN with a reason the citizen can
 * read; a 400 about what the adapter itself sends (callback, reference) or a 409 is a fault no retry mends, so the
 * command is parked in the dead-letter queue; anything else is technical and retried.
 */
final class AanvraagAntwoorden {

    static final String AFGEWEZEN_INLEIDING = "Uw aanvraag voor een parkeervergunning kon niet in behandeling worden"
            + " genomen: ";

    /** The fields of the application that come from the citizen, as a letter to them names them. */
    private static final Map<String, String> VELDEN_VAN_DE_BURGER = Map.ofEntries(
            Map.entry("gemeente", "de gemeente"),
            Map.entry("aanvrager", "uw gegevens"),
            Map.entry("aanvrager.bsn", "uw burgerservicenummer"),
            Map.entry("aanvrager.gemeenteVanInschrijving", "de gemeente waar u staat ingeschreven"),
            Map.entry("aanvrager.woonadres", "uw woonadres"),
            Map.entry("aanvrager.woonadres.postcode", "de postcode van uw woonadres"),
            Map.entry("aanvrager.woonadres.huisnummer", "het huisnummer van uw woonadres"),
            Map.entry("aanvrager.woonadres.huisletter", "de huisletter van uw woonadres"),
            Map.entry("aanvrager.woonadres.huisnummertoevoeging", "de huisnummertoevoeging van uw woonadres"),
            Map.entry("kenteken", "het kenteken"),
            Map.entry("ingangsdatum", "de ingangsdatum"));
    private static final int MAX_REDEN = 200;

    private AanvraagAntwoorden() {
    }

    static BackofficeResultaat resultaat(VergunningAanvragen opdracht, int httpStatus, String antwoord) {
        return switch (httpStatus) {
            case 200, 201, 202 -> resultaat(opdracht, AanvraagStatus.IN_BEHANDELING, null);
            case 400 -> resultaat(opdracht, AanvraagStatus.AFGEWEZEN, AFGEWEZEN_INLEIDING + bezwaren(antwoord) + ".");
            case 409 -> throw new OnverwerkbaarBericht("The vergunningen service already holds an application with"
                    + " referentie " + opdracht.referentie() + " and other content (HTTP 409)");
            case 401, 403 -> throw new VergunningenStoring("POST /api/v1/aanvragen answered HTTP " + httpStatus
                    + ": the service refuses midoffice.adapters.vergunningen.api-sleutel");
            default -> throw new VergunningenStoring("POST /api/v1/aanvragen answered HTTP " + httpStatus
                    + titel(antwoord));
        };
    }

    /**
     * The faults a 400 lists, in the citizen's words ({@code het kenteken is geen Nederlands kenteken}). The service
     * never echoes a value, so its reasons can be passed on.
     */
    static String bezwaren(String antwoord) {
        JsonNode invalidParams = lees(antwoord).path("invalidParams");
        if (!invalidParams.isArray() || invalidParams.isEmpty()) {
            throw new OnverwerkbaarBericht("The vergunningen service refused the application (HTTP 400) without"
                    + " naming a field: the adapter sent something the service cannot read");
        }
        List<String> bezwaren = new ArrayList<>();
        List<String> eigenFouten = new ArrayList<>();
        for (JsonNode param : invalidParams) {
            String naam = param.path("name").asText("");
            String veld = VELDEN_VAN_DE_BURGER.get(naam);
            if (veld == null) {
                eigenFouten.add(naam + " (" + param.path("code").asText("?") + ")");
                continue;
            }
            String reden = param.path("reason").asText("").strip();
            bezwaren.add(veld + " " + (reden.isEmpty() || reden.length() > MAX_REDEN ? "is niet juist" : reden));
        }
        if (!eigenFouten.isEmpty()) {
            throw new OnverwerkbaarBericht("The vergunningen service refused what the adapter sends (HTTP 400): "
                    + String.join(", ", eigenFouten) + "; check the midoffice.adapters.vergunningen settings");
        }
        return String.join("; ", bezwaren);
    }

    private static JsonNode lees(String antwoord) {
        try {
            return antwoord == null || antwoord.isBlank() ? Json.MAPPER.missingNode() : Json.MAPPER.readTree(antwoord);
        } catch (JsonProcessingException e) {
            return Json.MAPPER.missingNode();
        }
    }

    /** The problem title of an error answer, for the reason of a retry or a dead letter. */
    private static String titel(String antwoord) {
        String titel = lees(antwoord).path("title").asText("");
        return titel.isBlank() ? "" : " (" + (titel.length() > 100 ? titel.substring(0, 100) : titel) + ")";
    }

    static BackofficeResultaat resultaat(VergunningAanvragen opdracht, AanvraagStatus status, String reden) {
        // the same command gives the same message id, so a redelivery's result is recognisably the same
        String messageId = UUID.nameUUIDFromBytes(("vergunningen:" + status + ":" + opdracht.messageId())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        return new BackofficeResultaat(messageId, opdracht.correlationId(), opdracht.aanvraagId(),
                Systemen.VERGUNNINGEN, Capability.VERGUNNINGEN, status, null, reden, Instant.now(), opdracht.schaduw());
    }
}

package nl.midoffice.midoffice.verwerking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Persoon;
import nl.midoffice.contracts.PersoonOpgevraagd;
import nl.midoffice.contracts.PersoonOpvragen;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.Woonadres;
import nl.midoffice.midoffice.api.CorrelationIdFilter;
import nl.midoffice.midoffice.api.InvalidParam;
import nl.midoffice.midoffice.capability.CapabilityModi;
import nl.midoffice.midoffice.capability.Modus;
import nl.midoffice.midoffice.security.Burger;

import tools.jackson.databind.json.JsonMapper;

/**
 * The logged-in citizen's own name and address, for a front office to prefill its forms: asked, through the
 * capability persoonsgegevens as the municipality's mode routes it, with JMS request-reply, and recorded in the
 * verwerkingenlogging. Only the citizen's own data: the BSN comes from the token, never from the request.
 */
@RestController
class PersoonsgegevensController {

    private static final Logger log = LoggerFactory.getLogger(PersoonsgegevensController.class);
    private static final long WACHTTIJD_MS = 5000;

    private final ProducerTemplate producer;
    private final CapabilityModi modi;
    private final Verwerkingen verwerkingen;
    private final JsonMapper json;

    PersoonsgegevensController(ProducerTemplate producer, CapabilityModi modi, Verwerkingen verwerkingen,
            JsonMapper json) {
        this.producer = producer;
        this.modi = modi;
        this.verwerkingen = verwerkingen;
        this.json = json;
    }

    record Naam(String voornamen, String voorvoegsel, String geslachtsnaam, String volledigeNaam) {
    }

    record Persoonsgegevens(Naam naam, String geboortedatum, Woonadres adres, String gemeenteVanInschrijving,
            String bron) {
    }

    @GetMapping(path = "/api/v1/persoonsgegevens", produces = MediaType.APPLICATION_JSON_VALUE)
    Persoonsgegevens persoonsgegevens(@RequestParam(required = false) String gemeente, JwtAuthenticationToken token) {
        Burger burger = Burger.uit(token);
        if (gemeente == null || !modi.bestaat(gemeente)) {
            throw probleem(HttpStatus.BAD_REQUEST, "Geef de code van een gemeente die deze mid-office bedient.",
                    new InvalidParam("gemeente", "Onbekende of ontbrekende gemeentecode."));
        }
        String systeem = modi.modus(gemeente, Capability.PERSOONSGEGEVENS) == Modus.NEW
                ? Capability.PERSOONSGEGEVENS.nieuwSysteem() : Capability.PERSOONSGEGEVENS.legacySysteem();
        String correlationId = org.slf4j.MDC.get(CorrelationIdFilter.MDC_KEY);
        var vraag = new PersoonOpvragen(UUID.randomUUID().toString(), correlationId, null, gemeente, burger.bsn(),
                "vooraf-invullen", false, java.time.Instant.now());
        PersoonOpgevraagd antwoord;
        try {
            Map<String, Object> headers = new HashMap<>();
            headers.put(Headers.JMS_CORRELATION_ID, correlationId);
            headers.put(Headers.JMS_MESSAGE_ID, vraag.messageId());
            String reply = producer.requestBodyAndHeaders("jms:queue:" + Queues.opdrachtenVoor(Capability.PERSOONSGEGEVENS,
                    systeem) + "?requestTimeout=" + WACHTTIJD_MS + "&deliveryPersistent=false&timeToLive=" + WACHTTIJD_MS,
                    json.writeValueAsString(vraag), headers, String.class);
            antwoord = json.readValue(reply, PersoonOpgevraagd.class);
        } catch (CamelExecutionException | tools.jackson.core.JacksonException e) {
            log.warn("Person lookup at {} for a prefill not answered: {}", systeem, e.getMessage());
            throw probleem(HttpStatus.SERVICE_UNAVAILABLE,
                    "Uw gegevens konden nu niet worden opgehaald. Vul ze zelf in of probeer het later opnieuw.", null);
        }
        verwerkingen.legVast(antwoord, burger.bsn(), gemeente, null, null, null);
        if (!antwoord.gevonden() || antwoord.persoon() == null) {
            throw probleem(HttpStatus.NOT_FOUND, "Uw persoonsgegevens zijn niet gevonden.", null);
        }
        Persoon p = antwoord.persoon();
        return new Persoonsgegevens(new Naam(p.voornamen(), p.voorvoegsel(), p.geslachtsnaam(), p.volledigeNaam()),
                p.geboortedatum(), p.adres(), p.gemeenteVanInschrijving(), antwoord.systeem());
    }

    private static ErrorResponseException probleem(HttpStatus status, String detail, InvalidParam param) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        if (param != null) {
            problem.setProperty("invalidParams", List.of(param));
        }
        return new ErrorResponseException(status, problem, null);
    }
}

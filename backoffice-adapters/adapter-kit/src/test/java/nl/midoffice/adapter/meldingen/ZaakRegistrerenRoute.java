package nl.midoffice.adapter.meldingen;

import java.time.Instant;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.midoffice.camel.Opdrachtroute;
import nl.midoffice.camel.Traceparent;
import nl.midoffice.camel.VertraagdMelder;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.ZaakRegistreren;

/**
 * Registers a melding in the meldingen system: 201 or 200 (it had it already: a redelivery) is GEREGISTREERD,
 * a 400 is AFGEWEZEN with the system's reason, anything else is technical and is retried. Consuming and
 * publishing the result share one JMS transaction ({@link Opdrachtroute}).
 */
public class ZaakRegistrerenRoute extends RouteBuilder {

    static final String ROUTE_ID = "meldingen.zaak-registreren";
    /** Until contracts has it: Queues.opdrachtenVoor(Capability.ZAAKREGISTRATIE, "meldingen"). */
    static final String QUEUE = "adapter.meldingen.zaak-registreren";
    static final String SYSTEEM = "meldingen";
    /** Bean name of the system's circuit breaker. */
    static final String STROOMONDERBREKER = "meldingenCircuitBreaker";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configure() {
        var route = Opdrachtroute.consumeer(this, ROUTE_ID, QUEUE, MeldingenProperties.PREFIX,
                        ZaakRegistreren.class, ZaakRegistrerenRoute::betreft)
                .setBody(method(ZaakRegistrerenRoute.class, "melding"))
                .process(ZaakRegistrerenRoute::alleenOnzeHeaders);
        Opdrachtroute.aanroep(route, STROOMONDERBREKER,
                Opdrachtroute.http(MeldingenProperties.PREFIX, "/api/v1/meldingen"), ZaakRegistrerenRoute::naarResultaat);
        Opdrachtroute.publiceer(route, Queues.BACKOFFICE_RESULTATEN);
    }

    /** What the message is about, for the VERTRAAGD report while the system is down. */
    static VertraagdMelder.Betreft betreft(ZaakRegistreren opdracht) {
        return new VertraagdMelder.Betreft(opdracht.aanvraagId(), opdracht.correlationId(), SYSTEEM,
                Capability.ZAAKREGISTRATIE, opdracht.schaduw());
    }

    /** The system's request body; the referentie is its natural key. */
    static String melding(ZaakRegistreren opdracht) throws Exception {
        return JSON.writeValueAsString(java.util.Map.of("referentie", opdracht.referentie(),
                "omschrijving", opdracht.omschrijving(), "toelichting", opdracht.toelichting(),
                "melderBsn", opdracht.initiatorBsn()));
    }

    /** No JMS property (nor anything personal) leaks into HTTP headers; only the ids to trace the call by. */
    static void alleenOnzeHeaders(Exchange exchange) {
        ZaakRegistreren opdracht = exchange.getProperty(Opdrachtroute.OPDRACHT, ZaakRegistreren.class);
        var bericht = exchange.getMessage();
        bericht.removeHeaders("*");
        bericht.setHeader(Exchange.HTTP_METHOD, "POST");
        bericht.setHeader(Exchange.CONTENT_TYPE, "application/json");
        bericht.setHeader(Headers.CORRELATION_ID, opdracht.correlationId());
        bericht.setHeader(Headers.AANVRAAG_ID, opdracht.aanvraagId());
        // W3C trace context: the correlation id (a UUID) is the trace id, as every adapter derives it
        bericht.setHeader(Traceparent.HEADER, Traceparent.van(opdracht.correlationId()));
    }

    /** Reads the answer inside the circuit breaker: a failure here counts for it, as a failed call does. */
    static void naarResultaat(Exchange exchange) throws Exception {
        var antwoord = exchange.getMessage();
        antwoord.setBody(resultaat(exchange.getProperty(Opdrachtroute.OPDRACHT, ZaakRegistreren.class),
                antwoord.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class), antwoord.getBody(String.class)));
    }

    /** 2xx: registered (also when the system had it already); 400: refused, with its reason; else: throw. */
    static BackofficeResultaat resultaat(ZaakRegistreren opdracht, int status, String antwoord) throws Exception {
        if (status == 200 || status == 201) {
            return resultaat(opdracht, AanvraagStatus.GEREGISTREERD, null);
        }
        if (status == 400) {
            return resultaat(opdracht, AanvraagStatus.AFGEWEZEN, "Uw melding kon niet worden geregistreerd: "
                    + JSON.readTree(antwoord).path("detail").asText("de gegevens zijn niet geaccepteerd."));
        }
        throw new IllegalStateException("meldingen answered HTTP " + status);
    }

    private static BackofficeResultaat resultaat(ZaakRegistreren opdracht, AanvraagStatus status, String reden) {
        return new BackofficeResultaat(UUID.randomUUID().toString(), opdracht.correlationId(), opdracht.aanvraagId(),
                SYSTEEM, Capability.ZAAKREGISTRATIE, status, opdracht.referentie(), reden, Instant.now(),
                opdracht.schaduw());
    }
}

package nl.midoffice.adapter.meldingen;

import java.time.Instant;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nl.midoffice.camel.BackofficeOnbereikbaar;
import nl.midoffice.camel.BetrouwbareAflevering;
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
 * a 400 is AFGEWEZEN with the system's reason, anything else is technical and {@link BetrouwbareAflevering}
 * retries it. Consuming and publishing the result share one JMS transaction.
 */
public class ZaakRegistrerenRoute extends RouteBuilder {

    static final String ROUTE_ID = "meldingen.zaak-registreren";
    /** Until contracts has it: Queues.opdrachtenVoor(Capability.ZAAKREGISTRATIE, "meldingen"). */
    static final String QUEUE = "adapter.meldingen.zaak-registreren";
    static final String SYSTEEM = "meldingen";
    /** Bean name of the HTTP client settings: no retries of its own. */
    static final String HTTP_CLIENT = "meldingenHttpClient";
    private static final String OPDRACHT = "meldingenOpdracht";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MeldingenProperties properties;
    private final CircuitBreaker breaker;

    public ZaakRegistrerenRoute(MeldingenProperties properties, CircuitBreaker breaker) {
        this.properties = properties;
        this.breaker = breaker;
    }

    @Override
    public void configure() {
        long timeoutMs = properties.timeout().toMillis();
        String uri = properties.url() + "/api/v1/meldingen?throwExceptionOnFailure=false&httpClientConfigurer=#"
                + HTTP_CLIENT + "&connectTimeout=" + timeoutMs + "&responseTimeout=" + timeoutMs;
        ProducerTemplate http = getContext().createProducerTemplate();

        from("jms:queue:" + QUEUE + "?transacted=true&errorHandlerLogStackTrace=false&maxConcurrentConsumers="
                + properties.concurrentConsumers())
                .routeId(ROUTE_ID)
                .routeConfigurationId(BetrouwbareAflevering.ID)
                .unmarshal().json(JsonLibrary.Jackson, ZaakRegistreren.class)
                .setProperty(OPDRACHT, body())
                .setProperty(VertraagdMelder.BETREFT, method(ZaakRegistrerenRoute.class, "betreft"))
                .setBody(method(ZaakRegistrerenRoute.class, "melding"))
                .process(ZaakRegistrerenRoute::alleenOnzeHeaders)
                .process(exchange -> roepAan(http, uri, exchange))
                .setHeader(Headers.JMS_AANVRAAG_ID, simple("${body.aanvraagId}"))
                .setHeader(Headers.JMS_CORRELATION_ID, simple("${body.correlationId}"))
                .marshal().json(JsonLibrary.Jackson).convertBodyTo(String.class)
                .to("jms:queue:" + Queues.BACKOFFICE_RESULTATEN);
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
        ZaakRegistreren opdracht = exchange.getProperty(OPDRACHT, ZaakRegistreren.class);
        var bericht = exchange.getMessage();
        bericht.removeHeaders("*");
        bericht.setHeader(Exchange.HTTP_METHOD, "POST");
        bericht.setHeader(Exchange.CONTENT_TYPE, "application/json");
        bericht.setHeader(Headers.CORRELATION_ID, opdracht.correlationId());
        bericht.setHeader(Headers.AANVRAAG_ID, opdracht.aanvraagId());
        // W3C trace context: the correlation id (a UUID) is the trace id, as every adapter derives it
        bericht.setHeader(Traceparent.HEADER, Traceparent.van(opdracht.correlationId()));
    }

    /** The call and the reading of its answer count for the circuit breaker; while it is open, go back at once. */
    private void roepAan(ProducerTemplate http, String uri, Exchange exchange) throws Exception {
        try {
            breaker.executeCallable(() -> {
                http.send(uri, exchange);
                if (exchange.getException() != null) {
                    throw exchange.getException();
                }
                var antwoord = exchange.getMessage();
                antwoord.setBody(resultaat(exchange.getProperty(OPDRACHT, ZaakRegistreren.class),
                        antwoord.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class), antwoord.getBody(String.class)));
                return null;
            });
        } catch (CallNotPermittedException e) {
            throw new BackofficeOnbereikbaar("meldingen unavailable (circuit breaker open)", e);
        }
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

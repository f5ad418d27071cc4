package nl.midoffice.adapter.vergunningen;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.model.ProcessorDefinition;

import nl.midoffice.camel.Opdrachtroute;
import nl.midoffice.camel.Traceparent;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.VergunningAanvragen;

/**
 * Submits the command's application to the vergunningen service, as steps of the route, and leaves the
 * {@code BackofficeResultaat} its answer means in the body. Message headers are cleared first so that no JMS property
 * (nor anything personal) leaks into HTTP headers; the API key and the ids for tracing are set explicitly. The call
 * and the reading of its answer run inside the service's circuit breaker ({@link Opdrachtroute#aanroep}).
 */
final class VergunningenAanroep {

    static final String PAD = "/api/v1/aanvragen";
    static final String API_SLEUTEL = "X-Api-Key";

    private final VergunningenProperties properties;
    private final CallbackToken token;

    VergunningenAanroep(VergunningenProperties properties) {
        this.properties = properties;
        this.token = new CallbackToken(properties.callbackGeheim());
    }

    ProcessorDefinition<?> naar(ProcessorDefinition<?> route) {
        route.process(this::verzoek);
        return Opdrachtroute.aanroep(route, VergunningenAutoConfiguration.CIRCUIT_BREAKER,
                Opdrachtroute.http(VergunningenProperties.PREFIX, PAD), VergunningenAanroep::antwoord);
    }

    /** Mapping: the command becomes the service's request. */
    void verzoek(Exchange exchange) throws Exception {
        VergunningAanvragen opdracht = exchange.getProperty(Opdrachtroute.OPDRACHT, VergunningAanvragen.class);
        Message bericht = exchange.getMessage();
        // keep Camel's redelivery count: the delay report (VertraagdMelder) goes out on a delivery's first failure only
        bericht.removeHeaders("*", Exchange.REDELIVERY_COUNTER, Exchange.REDELIVERY_MAX_COUNTER, Exchange.REDELIVERED);
        bericht.setBody(Json.MAPPER.writeValueAsString(Aanvraagverzoek.van(opdracht, properties, token)));
        bericht.setHeader(Exchange.HTTP_METHOD, "POST");
        bericht.setHeader(Exchange.CONTENT_TYPE, "application/json");
        bericht.setHeader("Accept", "application/json, application/problem+json");
        bericht.setHeader(API_SLEUTEL, properties.apiSleutel());
        bericht.setHeader(Headers.AANVRAAG_ID, opdracht.aanvraagId());
        bericht.setHeader(Headers.CORRELATION_ID, opdracht.correlationId());
        bericht.setHeader(Traceparent.HEADER, traceparent(opdracht.correlationId()));
    }

    /** Mapping: the service's answer becomes the result (or a failure that counts for the breaker). */
    static void antwoord(Exchange exchange) {
        VergunningAanvragen opdracht = exchange.getProperty(Opdrachtroute.OPDRACHT, VergunningAanvragen.class);
        Message antwoord = exchange.getMessage();
        int code = antwoord.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        antwoord.setBody(AanvraagAntwoorden.resultaat(opdracht, code, antwoord.getBody(String.class)));
    }

    /** W3C trace context for the call, as every adapter derives it ({@link Traceparent}). */
    static String traceparent(String correlationId) {
        return Traceparent.van(correlationId);
    }
}

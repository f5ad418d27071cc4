package nl.midoffice.adapter.vergunningen;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nl.midoffice.camel.BackofficeOnbereikbaar;
import nl.midoffice.camel.Traceparent;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.VergunningAanvragen;

/**
 * Submits the command's application to the vergunningen service and leaves the {@code BackofficeResultaat} its
 * answer means in the body. Message headers are cleared first so that no JMS property (nor anything personal) leaks
 * into HTTP headers; the API key and the ids for tracing are set explicitly. The call and the reading of its answer
 * run inside the service's circuit breaker: while it is open, the command goes straight back to the broker instead
 * of tying up a consumer thread on a dead system.
 */
final class VergunningenAanroep implements Processor {

    static final String PAD = "/api/v1/aanvragen";
    /** Bean name of the HTTP client settings for the service: no retries of its own (the route decides). */
    static final String HTTP_CLIENT = "vergunningenHttpClient";
    static final String API_SLEUTEL = "X-Api-Key";

    private final VergunningenProperties properties;
    private final CallbackToken token;
    private final CircuitBreaker breaker;
    private final ProducerTemplate http;
    private final String uri;

    VergunningenAanroep(VergunningenProperties properties, CircuitBreaker breaker, ProducerTemplate http) {
        this.properties = properties;
        this.token = new CallbackToken(properties.callbackGeheim());
        this.breaker = breaker;
        this.http = http;
        long timeoutMs = properties.timeout().toMillis();
        this.uri = properties.url() + PAD + "?throwExceptionOnFailure=false&httpClientConfigurer=#" + HTTP_CLIENT
                + "&connectTimeout=" + timeoutMs + "&responseTimeout=" + timeoutMs;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        VergunningAanvragen opdracht = exchange.getProperty(VergunningAanvragenRoute.OPDRACHT,
                VergunningAanvragen.class);
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
        try {
            breaker.executeCallable(() -> {
                http.send(uri, exchange);
                if (exchange.getException() != null) {
                    throw exchange.getException();
                }
                // the HTTP producer puts its answer in a new message
                Message antwoord = exchange.getMessage();
                int code = antwoord.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
                antwoord.setBody(AanvraagAntwoorden.resultaat(opdracht, code, antwoord.getBody(String.class)));
                return null;
            });
        } catch (CallNotPermittedException e) {
            throw new BackofficeOnbereikbaar("vergunningen service unavailable (circuit breaker open)", e);
        }
    }

    /** W3C trace context for the call, as every adapter derives it ({@link Traceparent}). */
    static String traceparent(String correlationId) {
        return Traceparent.van(correlationId);
    }
}

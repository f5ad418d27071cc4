package nl.midoffice.adapter.brp;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.model.ProcessorDefinition;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nl.midoffice.camel.BackofficeOnbereikbaar;
import nl.midoffice.camel.Traceparent;
import nl.midoffice.contracts.Headers;

/**
 * One {@code POST /personen} to the BRP. Message headers are cleared first so that no JMS property (nor anything
 * personal) leaks into HTTP headers; the correlation and aanvraag ids are passed on explicitly. The call and the
 * reading of its answer run inside the BRP's circuit breaker: a 503, a timeout or an unreadable answer counts as a
 * failure, and while the breaker is open a call fails at once (and goes back to the broker for a later try)
 * instead of tying up a consumer thread on a system that is down.
 */
final class BrpAanroep {

    /** Exchange properties the route sets before the call. */
    static final String CORRELATION_ID = "brpCorrelationId";
    static final String AANVRAAG_ID = "brpAanvraagId";
    /** Bean name of the HTTP client settings for the BRP: no retries of its own (the route configuration decides). */
    static final String HTTP_CLIENT = "brpHttpClient";
    static final String API_KEY = "X-API-KEY";

    private BrpAanroep() {
    }

    /** W3C trace context for the call, as every adapter derives it ({@link Traceparent}). */
    static String traceparent(String correlationId) {
        return Traceparent.van(correlationId);
    }

    static void naar(ProcessorDefinition<?> route, BrpProperties properties, CircuitBreaker breaker,
            Processor leesAntwoord) {
        long timeoutMs = properties.timeout().toMillis();
        String uri = properties.url() + properties.personenPad() + "?throwExceptionOnFailure=false"
                + "&httpClientConfigurer=#" + HTTP_CLIENT + "&connectTimeout=" + timeoutMs
                + "&responseTimeout=" + timeoutMs;
        ProducerTemplate http = route.getCamelContext().createProducerTemplate();
        route.removeHeaders("*")
                .process(exchange -> zetHeaders(exchange, properties.apiKey()))
                .process(exchange -> {
                    try {
                        breaker.executeCallable(() -> {
                            http.send(uri, exchange);
                            if (exchange.getException() != null) {
                                Exception oorzaak = exchange.getException();
                                exchange.setException(null);
                                throw new BrpStoring("BRP not reached: " + oorzaak.getClass().getSimpleName(),
                                        oorzaak);
                            }
                            leesAntwoord.process(exchange);
                            return null;
                        });
                    } catch (CallNotPermittedException e) {
                        throw new BackofficeOnbereikbaar("BRP unavailable (circuit breaker open)", e);
                    }
                });
    }

    private static void zetHeaders(Exchange exchange, String apiKey) {
        var bericht = exchange.getMessage();
        String correlationId = exchange.getProperty(CORRELATION_ID, String.class);
        String aanvraagId = exchange.getProperty(AANVRAAG_ID, String.class);
        bericht.setHeader(Exchange.HTTP_METHOD, "POST");
        bericht.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
        bericht.setHeader("Accept", "application/json");
        zetAlsGegeven(exchange, Headers.CORRELATION_ID, correlationId);
        zetAlsGegeven(exchange, Headers.AANVRAAG_ID, aanvraagId);
        zetAlsGegeven(exchange, Traceparent.HEADER, traceparent(correlationId));
        zetAlsGegeven(exchange, API_KEY, apiKey);
    }

    private static void zetAlsGegeven(Exchange exchange, String naam, String waarde) {
        if (waarde != null && !waarde.isBlank()) {
            exchange.getMessage().setHeader(naam, waarde);
        }
    }
}

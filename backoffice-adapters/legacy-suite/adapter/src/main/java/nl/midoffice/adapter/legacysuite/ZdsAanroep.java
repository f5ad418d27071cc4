package nl.midoffice.adapter.legacysuite;

import static org.apache.camel.builder.Builder.constant;
import static org.apache.camel.builder.Builder.exchangeProperty;

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
 * One SOAP call to a ZDS endpoint of the legacy suite. Message headers are cleared first so that no JMS
 * property (nor anything personal) leaks into HTTP headers; the correlation id (also as W3C trace context) and
 * the aanvraag id are passed on explicitly, so the suite's logs and its {@code /simulator} records name them.
 * The call and the reading of its answer run inside the circuit breaker all calls to the suite share: a 503
 * or an unreadable answer counts as a failure, and while the breaker is open a call fails at once (and goes
 * back to the broker for a later try) instead of tying up a consumer thread on a dead system.
 */
final class ZdsAanroep {

    static final String CORRELATION_ID = "legacySuiteCorrelationId";
    /** Exchange property: the aanvraag id sent as {@code X-Aanvraag-ID} (absent for a lookup outside an aanvraag). */
    static final String AANVRAAG_ID = "legacySuiteAanvraagId";
    /** Bean name of the HTTP client settings for the suite: no retries of its own (the route decides). */
    static final String HTTP_CLIENT = "legacySuiteHttpClient";

    private ZdsAanroep() {
    }

    static void naar(ProcessorDefinition<?> route, LegacySuiteProperties properties, CircuitBreaker breaker,
            String pad, String soapAction, Processor leesAntwoord) {
        long timeoutMs = properties.timeout().toMillis();
        String uri = properties.url() + pad + "?throwExceptionOnFailure=false&httpClientConfigurer=#" + HTTP_CLIENT
                + "&connectTimeout=" + timeoutMs + "&responseTimeout=" + timeoutMs;
        ProducerTemplate http = route.getCamelContext().createProducerTemplate();
        route.removeHeaders("*")
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/xml; charset=UTF-8"))
                .setHeader("SOAPAction", constant('"' + soapAction + '"'))
                .setHeader(Headers.CORRELATION_ID, exchangeProperty(CORRELATION_ID))
                .setHeader(Headers.AANVRAAG_ID, exchangeProperty(AANVRAAG_ID))
                .process(e -> e.getMessage().setHeader(Traceparent.HEADER,
                        Traceparent.van(e.getProperty(CORRELATION_ID, String.class))))
                .process(exchange -> {
                    try {
                        breaker.executeCallable(() -> {
                            http.send(uri, exchange);
                            if (exchange.getException() != null) {
                                throw exchange.getException();
                            }
                            leesAntwoord.process(exchange);
                            return null;
                        });
                    } catch (CallNotPermittedException e) {
                        throw new BackofficeOnbereikbaar("legacy suite unavailable (circuit breaker open)", e);
                    }
                });
    }
}

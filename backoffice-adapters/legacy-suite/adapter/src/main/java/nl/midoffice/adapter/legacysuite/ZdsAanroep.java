package nl.midoffice.adapter.legacysuite;

import static org.apache.camel.builder.Builder.constant;
import static org.apache.camel.builder.Builder.exchangeProperty;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.model.ProcessorDefinition;

import nl.midoffice.camel.Opdrachtroute;
import nl.midoffice.camel.Traceparent;
import nl.midoffice.contracts.Headers;

/**
 * One SOAP call to a ZDS endpoint of the legacy suite, as steps of the route. Message headers are cleared first so
 * that no JMS property (nor anything personal) leaks into HTTP headers; the correlation id (also as W3C trace
 * context) and the aanvraag id are passed on explicitly, so the suite's logs and its {@code /simulator} records name
 * them. The call and the reading of its answer run inside the circuit breaker all calls to the suite share
 * ({@link Opdrachtroute#aanroep}): a 503 or an unreadable answer counts as a failure.
 */
final class ZdsAanroep {

    static final String CORRELATION_ID = "legacySuiteCorrelationId";
    /** Exchange property: the aanvraag id sent as {@code X-Aanvraag-ID} (absent for a lookup outside an aanvraag). */
    static final String AANVRAAG_ID = "legacySuiteAanvraagId";
    /** Bean name of the suite's circuit breaker. */
    static final String STROOMONDERBREKER = "legacySuiteCircuitBreaker";

    private ZdsAanroep() {
    }

    static ProcessorDefinition<?> naar(ProcessorDefinition<?> route, String pad, String soapAction,
            Processor leesAntwoord) {
        route.removeHeaders("*")
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/xml; charset=UTF-8"))
                .setHeader("SOAPAction", constant('"' + soapAction + '"'))
                .setHeader(Headers.CORRELATION_ID, exchangeProperty(CORRELATION_ID))
                .setHeader(Headers.AANVRAAG_ID, exchangeProperty(AANVRAAG_ID))
                .process(e -> e.getMessage().setHeader(Traceparent.HEADER,
                        Traceparent.van(e.getProperty(CORRELATION_ID, String.class))));
        return Opdrachtroute.aanroep(route, STROOMONDERBREKER, Opdrachtroute.http(LegacySuiteProperties.PREFIX, pad),
                leesAntwoord);
    }
}

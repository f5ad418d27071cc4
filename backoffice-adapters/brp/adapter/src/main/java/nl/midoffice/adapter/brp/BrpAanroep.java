package nl.midoffice.adapter.brp;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.model.ProcessorDefinition;

import nl.midoffice.camel.Opdrachtroute;
import nl.midoffice.camel.Traceparent;
import nl.midoffice.contracts.Headers;

/**
 * One {@code POST /personen} to the BRP, as steps of the route. Message headers are cleared first so that no JMS
 * property (nor anything personal) leaks into HTTP headers; the correlation and aanvraag ids are passed on
 * explicitly. The call and the reading of its answer run inside the BRP's circuit breaker
 * ({@link Opdrachtroute#aanroep}): a 503, a timeout or an unreadable answer counts as a failure.
 */
final class BrpAanroep {

    /** Exchange properties the route sets before the call. */
    static final String CORRELATION_ID = "brpCorrelationId";
    static final String AANVRAAG_ID = "brpAanvraagId";
    static final String API_KEY = "X-API-KEY";

    private BrpAanroep() {
    }

    /** W3C trace context for the call, as every adapter derives it ({@link Traceparent}). */
    static String traceparent(String correlationId) {
        return Traceparent.van(correlationId);
    }

    static ProcessorDefinition<?> naar(ProcessorDefinition<?> route, BrpProperties properties,
            Processor leesAntwoord) {
        route.removeHeaders("*")
                .process(exchange -> zetHeaders(exchange, properties.apiKey()));
        return Opdrachtroute.aanroep(route, BrpAutoConfiguration.CIRCUIT_BREAKER,
                Opdrachtroute.http(BrpProperties.PREFIX, "{{" + BrpProperties.PREFIX + ".personen-pad}}"),
                leesAntwoord);
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

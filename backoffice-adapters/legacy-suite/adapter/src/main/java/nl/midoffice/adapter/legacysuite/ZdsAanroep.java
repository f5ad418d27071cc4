package nl.midoffice.adapter.legacysuite;

import static org.apache.camel.builder.Builder.constant;
import static org.apache.camel.builder.Builder.exchangeProperty;

import org.apache.camel.Exchange;
import org.apache.camel.model.ProcessorDefinition;

import nl.midoffice.contracts.Headers;

/**
 * One SOAP call to a ZDS endpoint of the legacy suite. Message headers are cleared first so that no JMS
 * property (nor anything personal) leaks into HTTP headers; the correlation id is passed on explicitly.
 */
final class ZdsAanroep {

    static final String CORRELATION_ID = "legacySuiteCorrelationId";

    private ZdsAanroep() {
    }

    static void naar(ProcessorDefinition<?> route, LegacySuiteProperties properties, String pad, String soapAction) {
        long timeoutMs = properties.timeout().toMillis();
        route.removeHeaders("*")
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/xml; charset=UTF-8"))
                .setHeader("SOAPAction", constant('"' + soapAction + '"'))
                .setHeader(Headers.CORRELATION_ID, exchangeProperty(CORRELATION_ID))
                .to(properties.url() + pad + "?throwExceptionOnFailure=false"
                        + "&connectTimeout=" + timeoutMs + "&responseTimeout=" + timeoutMs)
                .convertBodyTo(String.class);
    }
}

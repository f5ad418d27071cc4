package nl.midoffice.adapter.vergunningen;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;

/**
 * The vergunningen service delivers its decision here, on the host's web server. Only a caller with the agreed
 * {@code Authorization} gets in (401 otherwise); a body that is no decision gets 400. The decision is published as a
 * {@code BackofficeResultaat} and answered 204 only once the broker has it: if the send fails the answer is 503 and
 * the service tries again later. A repeat of a delivered decision is harmless (the mid-office applies statuses
 * idempotently, and the result's message id is derived from the service's id of the application).
 */
public class BesluitOntvangenRoute extends RouteBuilder {

    public static final String PAD = "/api/v1/callbacks/vergunningen";
    static final String ROUTE_ID = "vergunningen.besluit-ontvangen";
    static final String PROBLEEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(BesluitOntvangenRoute.class);

    private final CallbackSleutel sleutel;

    public BesluitOntvangenRoute(VergunningenProperties properties) {
        this.sleutel = new CallbackSleutel(properties.callbackAuthorization());
    }

    @Override
    public void configure() {
        onException(NietGeautoriseerd.class).handled(true)
                .process(e -> probleem(e, 401, "Niet geauthenticeerd",
                        "Stuur het afgesproken geheim in de Authorization-header."));
        onException(OngeldigBesluit.class).handled(true)
                .process(e -> probleem(e, 400, "Ongeldig besluit", oorzaak(e)));
        onException(Exception.class).handled(true)
                .process(e -> {
                    LOG.warn("Decision not passed on, the service will retry: {}", oorzaak(e));
                    probleem(e, 503, "Tijdelijk niet beschikbaar",
                            "Het besluit kon nu niet worden verwerkt; probeer het later opnieuw.");
                });

        from("platform-http:" + PAD + "?httpMethodRestrict=POST")
                .routeId(ROUTE_ID)
                .process(this::controleer)
                .process(BesluitOntvangenRoute::lees)
                .removeHeaders("*")
                .setHeader(Headers.JMS_AANVRAAG_ID, simple("${body.aanvraagId}"))
                .setHeader(Headers.JMS_CORRELATION_ID, simple("${body.correlationId}"))
                .marshal().json(JsonLibrary.Jackson).convertBodyTo(String.class)
                // a synchronous, persistent send: once it returns, the broker has the result
                .to(ExchangePattern.InOnly, "jms:queue:" + Queues.BACKOFFICE_RESULTATEN)
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(204))
                .setBody(constant(null));
    }

    private void controleer(Exchange exchange) {
        if (!sleutel.past(exchange.getMessage().getHeader("Authorization", String.class))) {
            throw new NietGeautoriseerd("callback without the agreed Authorization");
        }
    }

    private static void lees(Exchange exchange) {
        Message bericht = exchange.getMessage();
        BackofficeResultaat resultaat = Besluiten.resultaat(bericht.getHeader(Exchange.HTTP_QUERY, String.class),
                bericht.getHeader(Headers.CORRELATION_ID, String.class), bericht.getBody(String.class));
        bericht.setBody(resultaat);
        if (resultaat.correlationId() != null) {
            MDC.put(BetrouwbareAflevering.MDC_CORRELATION_ID, resultaat.correlationId());
        }
        try {
            LOG.info("Decision for aanvraag {} received: {}{}", resultaat.aanvraagId(), resultaat.status(),
                    resultaat.schaduw() ? " (shadow)" : "");
        } finally {
            MDC.remove(BetrouwbareAflevering.MDC_CORRELATION_ID);
        }
    }

    /** An error answer in the NL API design rules' form; nothing of the request is echoed. */
    private static void probleem(Exchange exchange, int status, String titel, String detail) throws Exception {
        if (status != 503) {
            LOG.warn("Callback refused with {}: {}", status, oorzaak(exchange));
        }
        Map<String, Object> probleem = new LinkedHashMap<>();
        probleem.put("title", titel);
        probleem.put("status", status);
        probleem.put("detail", detail);
        probleem.put("instance", PAD);
        Message bericht = exchange.getMessage();
        bericht.removeHeaders("*");
        bericht.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        bericht.setHeader(Exchange.CONTENT_TYPE, PROBLEEM_JSON);
        if (status == 401) {
            bericht.setHeader("WWW-Authenticate", "Bearer");
        }
        bericht.setBody(Json.MAPPER.writeValueAsString(probleem));
    }

    private static String oorzaak(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        return e == null ? "onbekend" : e.getMessage();
    }
}

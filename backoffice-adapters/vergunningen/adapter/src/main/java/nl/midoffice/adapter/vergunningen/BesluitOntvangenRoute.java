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
 * The vergunningen service delivers its decision here, on the host's web server. Only a callback URL whose
 * {@link CallbackToken} proves its aanvraag id (and shadow flag) gets in (403 otherwise, before the body is read);
 * a body that is no decision gets 400. The decision is published as a
 * {@code BackofficeResultaat} and answered 204 only once the broker has it: if the send fails the answer is 503 and
 * the service tries again later. A repeat of a delivered decision is harmless (the mid-office applies statuses
 * idempotently, and the result's message id is derived from the service's id of the application).
 */
public class BesluitOntvangenRoute extends RouteBuilder {

    public static final String PAD = "/api/v1/callbacks/vergunningen";
    static final String ROUTE_ID = "vergunningen.besluit-ontvangen";
    static final String PROBLEEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(BesluitOntvangenRoute.class);

    private final CallbackToken token;

    public BesluitOntvangenRoute(VergunningenProperties properties) {
        this.token = new CallbackToken(properties.callbackGeheim());
    }

    @Override
    public void configure() {
        onException(NietGeautoriseerd.class).handled(true)
                .process(e -> probleem(e, 403, "Geen toegang",
                        "Deze callback-URL hoort niet bij deze aanvraag; gebruik de URL die bij de aanvraag is gegeven."));
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
        Map<String, String> parameters;
        try {
            parameters = Besluiten.parameters(exchange.getMessage().getHeader(Exchange.HTTP_QUERY, String.class));
        } catch (OngeldigBesluit e) {
            throw new NietGeautoriseerd("callback URL with an unreadable query");
        }
        if (!token.past(parameters.get(Aanvraagverzoek.AANVRAAG_PARAMETER),
                "true".equals(parameters.get(Aanvraagverzoek.SCHADUW_PARAMETER)),
                parameters.get(CallbackToken.PARAMETER))) {
            throw new NietGeautoriseerd("callback URL without the token of its aanvraag");
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
        bericht.setBody(Json.MAPPER.writeValueAsString(probleem));
    }

    private static String oorzaak(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        return e == null ? "onbekend" : e.getMessage();
    }
}

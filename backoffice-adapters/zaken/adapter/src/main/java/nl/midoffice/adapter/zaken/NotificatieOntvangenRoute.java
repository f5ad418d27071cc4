package nl.midoffice.adapter.zaken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;

/**
 * The webhook the zaaksysteem sends its notifications to. The caller must present the subscription's secret
 * ({@code Authorization: Bearer <callback-secret>}); a status change of one of our zaken is published as a
 * {@link BackofficeResultaat}. The answer is 204 only once the result is on the broker; any failure answers 503,
 * so the zaaksysteem delivers the notification again.
 */
class NotificatieOntvangenRoute extends RouteBuilder {

    static final String ROUTE_ID = "zaken.notificatie-ontvangen";
    /** On the mid-office's web server; its security lets this path through without a JWT, we check our own. */
    static final String PAD = "/api/v1/callbacks/zaken";

    private final NotificatieVerwerking verwerking;
    private final byte[] verwachteAutorisatie;

    NotificatieOntvangenRoute(ZakenProperties properties, NotificatieVerwerking verwerking) {
        this.verwerking = verwerking;
        this.verwachteAutorisatie = ("Bearer " + properties.callbackSecret()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void configure() {
        from("platform-http:" + PAD + "?httpMethodRestrict=POST")
                .routeId(ROUTE_ID)
                .onException(OnbekendeNotificatie.class).handled(true)
                    .log(LoggingLevel.WARN, "Notification refused: ${exception.message}")
                    .process(e -> probleem(e, 400, "Ongeldige notificatie", e.getProperty(Exchange.EXCEPTION_CAUGHT,
                            Exception.class).getMessage()))
                .end()
                .onException(Exception.class).handled(true)
                    .log(LoggingLevel.WARN, "Notification not processed, the zaaksysteem will deliver it again: "
                            + "${exception.message}")
                    .process(e -> probleem(e, 503, "Tijdelijk niet beschikbaar",
                            "De notificatie kon nu niet worden verwerkt; probeer het later opnieuw."))
                .end()
                .choice()
                    .when(e -> !isGeautoriseerd(e.getMessage().getHeader("Authorization", String.class)))
                        .log(LoggingLevel.WARN, "Notification without the subscription's Authorization refused")
                        .process(e -> probleem(e, 401, "Niet geautoriseerd",
                                "Een notificatie vereist de Authorization van het abonnement."))
                    .otherwise()
                        .convertBodyTo(String.class)
                        // nothing of the HTTP request goes into the JMS message or back into the answer
                        .removeHeaders("*")
                        .process(e -> e.getMessage().setBody(verwerking.verwerk(e.getMessage().getBody(String.class))))
                        .filter(body().isNotNull())
                            .process(e -> {
                                var resultaat = e.getMessage().getBody(BackofficeResultaat.class);
                                ZaakRegistrerenRoute.alsResultaat(e, resultaat);
                                // a repeated notification of the same status is dropped by the broker
                                e.getMessage().setHeader(Headers.JMS_DUPLICATE_ID, resultaat.messageId());
                            })
                            .marshal().json(JsonLibrary.Jackson).convertBodyTo(String.class)
                            // an HTTP exchange is request-reply; the result is an event, nobody answers it
                            .to(ExchangePattern.InOnly, "jms:queue:" + Queues.BACKOFFICE_RESULTATEN)
                        .end()
                        .removeHeaders("*")
                        .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(204))
                        .process(e -> e.getMessage().setBody(null))
                .end();
    }

    /** Compared in constant time: the header is a credential. */
    boolean isGeautoriseerd(String authorization) {
        return authorization != null
                && MessageDigest.isEqual(verwachteAutorisatie, authorization.getBytes(StandardCharsets.UTF_8));
    }

    /** An RFC 9457 problem, the only thing in the answer. */
    static void probleem(Exchange exchange, int status, String titel, String detail) {
        var bericht = exchange.getMessage();
        bericht.removeHeaders("*");
        bericht.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        bericht.setHeader(Exchange.CONTENT_TYPE, "application/problem+json");
        var probleem = ZakenApi.JSON.createObjectNode();
        probleem.put("type", "about:blank");
        probleem.put("title", titel);
        probleem.put("status", status);
        probleem.put("detail", detail);
        bericht.setBody(probleem.toString());
    }
}

package nl.midoffice.adapter.vergunningen;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.camel.VertraagdMelder;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.contracts.VergunningAanvragen;

/**
 * Submits a permit application to the vergunningen service. Taken means IN_BEHANDELING (the decision follows
 * later, by callback: {@link BesluitOntvangenRoute}); a refusal of the citizen's data means AFGEWEZEN; anything
 * technical is retried by {@link BetrouwbareAflevering}. Consuming, and publishing the result, share one JMS
 * transaction; the service keys the application on the aanvraag's reference, so a redelivery creates nothing new.
 */
public class VergunningAanvragenRoute extends RouteBuilder {

    static final String ROUTE_ID = "vergunningen.vergunning-aanvragen";
    static final String OPDRACHT = "vergunningenOpdracht";

    private final VergunningenProperties properties;
    private final CircuitBreaker breaker;

    public VergunningAanvragenRoute(VergunningenProperties properties, CircuitBreaker breaker) {
        this.properties = properties;
        this.breaker = breaker;
    }

    @Override
    public void configure() {
        from("jms:queue:" + Queues.VERGUNNINGEN_VERGUNNING_AANVRAGEN + "?transacted=true"
                + "&errorHandlerLogStackTrace=false&maxConcurrentConsumers=" + properties.concurrentConsumers())
                .routeId(ROUTE_ID)
                .routeConfigurationId(BetrouwbareAflevering.ID)
                .unmarshal().json(JsonLibrary.Jackson, VergunningAanvragen.class)
                .setProperty(OPDRACHT, body())
                .setProperty(VertraagdMelder.BETREFT, method(VergunningAanvragenRoute.class, "betreft"))
                .process(new VergunningenAanroep(properties, breaker, getContext().createProducerTemplate()))
                .log("Aanvraag ${body.aanvraagId}: vergunningen answered ${body.status}")
                // what the HTTP answer brought along stays out of the JMS message
                .removeHeaders("*")
                .setHeader(Headers.JMS_AANVRAAG_ID, simple("${body.aanvraagId}"))
                .setHeader(Headers.JMS_CORRELATION_ID, simple("${body.correlationId}"))
                .marshal().json(JsonLibrary.Jackson).convertBodyTo(String.class)
                .to("jms:queue:" + Queues.BACKOFFICE_RESULTATEN);
    }

    static VertraagdMelder.Betreft betreft(VergunningAanvragen opdracht) {
        return new VertraagdMelder.Betreft(opdracht.aanvraagId(), opdracht.correlationId(), Systemen.VERGUNNINGEN,
                Capability.VERGUNNINGEN, opdracht.schaduw());
    }
}

package nl.midoffice.adapter.vergunningen;

import org.apache.camel.builder.RouteBuilder;

import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.camel.Opdrachtroute;
import nl.midoffice.camel.VertraagdMelder;
import nl.midoffice.contracts.Capability;
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

    private final VergunningenAanroep aanroep;

    public VergunningAanvragenRoute(VergunningenProperties properties) {
        this.aanroep = new VergunningenAanroep(properties);
    }

    @Override
    public void configure() {
        var route = Opdrachtroute.consumeer(this, ROUTE_ID, Queues.VERGUNNINGEN_VERGUNNING_AANVRAGEN,
                VergunningenProperties.PREFIX, VergunningAanvragen.class, VergunningAanvragenRoute::betreft);
        aanroep.naar(route)
                .log("Aanvraag ${body.aanvraagId}: vergunningen answered ${body.status}")
                // what the HTTP answer brought along stays out of the JMS message
                .removeHeaders("*");
        Opdrachtroute.publiceer(route, Queues.BACKOFFICE_RESULTATEN);
    }

    static VertraagdMelder.Betreft betreft(VergunningAanvragen opdracht) {
        return new VertraagdMelder.Betreft(opdracht.aanvraagId(), opdracht.correlationId(), Systemen.VERGUNNINGEN,
                Capability.VERGUNNINGEN, opdracht.schaduw());
    }
}

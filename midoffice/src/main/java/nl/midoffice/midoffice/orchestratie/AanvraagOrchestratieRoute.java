package nl.midoffice.midoffice.orchestratie;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;
import nl.midoffice.midoffice.aanvraag.AanvraagOntvangen;

/**
 * Sends every accepted aanvraag to the back office that registers its zaak. Consuming the event and
 * sending the command share one JMS transaction: either both happen or the event is redelivered.
 * All three products need zaakregistratie; on route 1 that is the legacy suite.
 */
@Component
class AanvraagOrchestratieRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("jms:queue:" + Queues.AANVRAGEN_ONTVANGEN + "?transacted=true")
                .routeId("midoffice.aanvraag-orchestreren")
                .routeConfigurationId(BetrouwbareAflevering.ID)
                .unmarshal().json(JsonLibrary.Jackson, AanvraagOntvangen.class)
                .bean(Orchestratie.class, "zaakRegistreren")
                .filter(body().isNotNull())
                    .setHeader(Headers.JMS_DUPLICATE_ID, simple("zaak-registreren:${body.messageId}"))
                    .marshal().json(JsonLibrary.Jackson).convertBodyTo(String.class)
                    .to("jms:queue:" + Queues.LEGACY_SUITE_ZAAK_REGISTREREN);
    }
}

package nl.midoffice.midoffice.orchestratie;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Queues;
import nl.midoffice.midoffice.MidofficeProperties;

/** Applies every result an adapter reports; a failure rolls back and the broker redelivers, a poison message is parked. */
@Component
class BackofficeResultatenRoute extends RouteBuilder {

    private final MidofficeProperties properties;

    BackofficeResultatenRoute(MidofficeProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configure() {
        // several consumers: StatusVerwerking locks the aanvraag's row, so results for one aanvraag still apply in turn
        from("jms:queue:" + Queues.BACKOFFICE_RESULTATEN + "?transacted=true&maxConcurrentConsumers="
                + properties.consumers())
                .routeId("midoffice.backoffice-resultaten")
                .routeConfigurationId(BetrouwbareAflevering.ID)
                .unmarshal().json(JsonLibrary.Jackson, BackofficeResultaat.class)
                // the trace follows the message's content, also when a sender set no header
                .setProperty(BetrouwbareAflevering.AANVRAAG_ID, simple("${body.aanvraagId}"))
                .bean(StatusVerwerking.class, "verwerk");
    }
}

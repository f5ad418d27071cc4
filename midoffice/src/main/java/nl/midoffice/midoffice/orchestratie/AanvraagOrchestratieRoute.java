package nl.midoffice.midoffice.orchestratie;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.contracts.PersoonOpgevraagd;
import nl.midoffice.contracts.Queues;
import nl.midoffice.midoffice.MidofficeProperties;
import nl.midoffice.midoffice.aanvraag.AanvraagOntvangen;

/**
 * Starts every accepted aanvraag on its product's first step, and applies the answers of person lookups. The
 * commands go out through the outbox, in the database transaction that records the step; the JMS message is
 * acknowledged after it, so a crash in between redelivers it and the recorded step makes that harmless.
 */
@Component
class AanvraagOrchestratieRoute extends RouteBuilder {

    private final MidofficeProperties properties;

    AanvraagOrchestratieRoute(MidofficeProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configure() {
        // several consumers: Stappen locks the aanvraag's row, so one aanvraag is still started once
        from("jms:queue:" + Queues.AANVRAGEN_ONTVANGEN + "?transacted=true&maxConcurrentConsumers="
                + properties.consumers())
                .routeId("midoffice.aanvraag-orchestreren")
                .routeConfigurationId(BetrouwbareAflevering.ID)
                .unmarshal().json(JsonLibrary.Jackson, AanvraagOntvangen.class)
                .bean(Stappen.class, "start");

        from("jms:queue:" + Queues.PERSOONSGEGEVENS_RESULTATEN + "?transacted=true&maxConcurrentConsumers="
                + properties.consumers())
                .routeId("midoffice.persoonsgegevens-resultaten")
                .routeConfigurationId(BetrouwbareAflevering.ID)
                .unmarshal().json(JsonLibrary.Jackson, PersoonOpgevraagd.class)
                .setProperty(BetrouwbareAflevering.AANVRAAG_ID, simple("${body.aanvraagId}"))
                .bean(PersoonsgegevensVerwerking.class, "verwerk");
    }
}

package nl.midoffice.adapter.zaken;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.camel.VertraagdMelder;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.contracts.ZaakRegistreren;

/**
 * Registers a zaak in the zaaksysteem ({@link ZaakRegistratie}): registered becomes GEREGISTREERD, a refusal of
 * our content AFGEWEZEN with a readable reason; technical failures throw and {@link BetrouwbareAflevering} retries
 * them. Consuming the command and publishing the result share one JMS transaction.
 */
class ZaakRegistrerenRoute extends RouteBuilder {

    static final String ROUTE_ID = "zaken.zaak-registreren";

    private final ZakenProperties properties;
    private final ZaakRegistratie registratie;

    ZaakRegistrerenRoute(ZakenProperties properties, ZaakRegistratie registratie) {
        this.properties = properties;
        this.registratie = registratie;
    }

    @Override
    public void configure() {
        from("jms:queue:" + Queues.ZAKEN_ZAAK_REGISTREREN + "?transacted=true&errorHandlerLogStackTrace=false"
                + "&maxConcurrentConsumers=" + properties.concurrentConsumers())
                .routeId(ROUTE_ID)
                .routeConfigurationId(BetrouwbareAflevering.ID)
                .unmarshal().json(JsonLibrary.Jackson, ZaakRegistreren.class)
                .process(e -> e.setProperty(VertraagdMelder.BETREFT,
                        betreft(e.getMessage().getBody(ZaakRegistreren.class))))
                // the result is a new message: none of the command's JMS headers go with it
                .removeHeaders("*")
                .process(e -> alsResultaat(e, registratie.registreer(e.getMessage().getBody(ZaakRegistreren.class))))
                .marshal().json(JsonLibrary.Jackson).convertBodyTo(String.class)
                .to(ExchangePattern.InOnly, "jms:queue:" + Queues.BACKOFFICE_RESULTATEN);
    }

    /** The result as body, with the JMS headers the mid-office reads it by. */
    static void alsResultaat(Exchange exchange, BackofficeResultaat resultaat) {
        var bericht = exchange.getMessage();
        bericht.setBody(resultaat);
        bericht.setHeader(Headers.JMS_AANVRAAG_ID, resultaat.aanvraagId());
        bericht.setHeader(Headers.JMS_CORRELATION_ID, resultaat.correlationId());
    }

    static VertraagdMelder.Betreft betreft(ZaakRegistreren opdracht) {
        return new VertraagdMelder.Betreft(opdracht.aanvraagId(), opdracht.correlationId(), Systemen.ZAKEN,
                Capability.ZAAKREGISTRATIE, opdracht.schaduw());
    }
}

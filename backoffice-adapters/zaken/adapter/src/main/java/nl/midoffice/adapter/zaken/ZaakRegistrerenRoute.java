package nl.midoffice.adapter.zaken;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ProcessorDefinition;

import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.camel.Opdrachtroute;
import nl.midoffice.camel.VertraagdMelder;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.contracts.ZaakRegistreren;

/**
 * Registers a zaak in the zaaksysteem: registered becomes GEREGISTREERD, a refusal of our content AFGEWEZEN with a
 * readable reason; technical failures throw and {@link BetrouwbareAflevering} retries them. Consuming the command
 * and publishing the result share one JMS transaction ({@link Opdrachtroute}).
 *
 * <p>Every call to the Zaken API is an endpoint of this route, all of them inside one {@code circuitBreaker()} on the
 * zaaksysteem's breaker: {@code POST /zaken}; on {@code identificatie-niet-uniek} {@code GET /zaken} (the zaak of an
 * earlier delivery), {@code GET /rollen} and {@code GET /statussen} (what it lacks); {@code POST /rollen} (the
 * initiator) and {@code POST /statussen} (the first status). The calls succeed or fail together: a failure anywhere
 * retries the conversation from the start, which the natural key makes safe. {@link ZgwAanroep} builds each request,
 * {@link ZaakRegistratie} reads each answer and decides which calls follow.
 */
class ZaakRegistrerenRoute extends RouteBuilder {

    static final String ROUTE_ID = "zaken.zaak-registreren";

    private final ZaakRegistratie registratie;
    private final ZgwAanroep zgw;

    ZaakRegistrerenRoute(ZaakRegistratie registratie, ZgwAanroep zgw) {
        this.registratie = registratie;
        this.zgw = zgw;
    }

    @Override
    public void configure() {
        var route = Opdrachtroute.consumeer(this, ROUTE_ID, Queues.ZAKEN_ZAAK_REGISTREREN, ZakenProperties.PREFIX,
                        ZaakRegistreren.class, ZaakRegistrerenRoute::betreft)
                .process(registratie::voorwaarden).id("zaken.voorwaarden");

        var registreren = route.filter(exchangeProperty(ZaakRegistratie.ZAAKTYPE).isNotNull()).id("zaken.registreren");
        var stappen = Opdrachtroute.stroomonderbreker(registreren, ZakenAutoConfiguration.CIRCUIT_BREAKER)
                .id("zaken.zaaksysteem")
                .doTry();
        stappen.process(registratie::neemSlot);
        aanroep(stappen, "zaken.zaak-aanmaken", zgw.post("zaken", registratie::zaak), "zaken",
                registratie::zaakAangemaakt);
        aanroep(stappen.filter(ZaakRegistratie::bestaat), "zaken.zaak-opzoeken",
                zgw.get("zaken", ZaakRegistratie::zaakOpIdentificatie), "zaken", ZaakRegistratie::zaakGevonden).end();
        aanroep(stappen.filter(ZaakRegistratie::initiatorenTellen), "zaken.initiatoren-tellen",
                zgw.get("rollen", ZaakRegistratie::initiatorenVanDeZaak), "rollen", ZaakRegistratie::initiatorenGeteld)
                .end();
        aanroep(stappen.filter(ZaakRegistratie::initiatorToevoegen), "zaken.initiator-toevoegen",
                zgw.post("rollen", registratie::initiator), "rollen", registratie::toegevoegd).end();
        aanroep(stappen.filter(ZaakRegistratie::statussenTellen), "zaken.statussen-tellen",
                zgw.get("statussen", ZaakRegistratie::statussenVanDeZaak), "statussen", ZaakRegistratie::statussenGeteld)
                .end();
        aanroep(stappen.filter(ZaakRegistratie::statusToevoegen), "zaken.status-toevoegen",
                zgw.post("statussen", registratie::eersteStatus), "statussen", registratie::toegevoegd).end();
        stappen.process(registratie::geregistreerd)
                .doFinally()
                    .process(ZaakRegistratie::geefSlotVrij)
                .end();

        // what the HTTP answers brought along stays out of the JMS message
        route.removeHeaders("*");
        Opdrachtroute.publiceer(route, Queues.BACKOFFICE_RESULTATEN);
    }

    /** One call: its request, its endpoint (with the node id), the reading of its answer. */
    private static <T extends ProcessorDefinition<T>> T aanroep(T stap, String id, Processor verzoek, String collectie,
            Processor leesAntwoord) {
        return stap.process(verzoek)
                .to(ZgwAanroep.endpoint(collectie)).id(id)
                .process(leesAntwoord);
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

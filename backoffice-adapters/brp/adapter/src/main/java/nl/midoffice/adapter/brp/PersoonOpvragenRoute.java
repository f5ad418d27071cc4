package nl.midoffice.adapter.brp;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

import nl.midoffice.camel.EenmaalGevraagd;
import nl.midoffice.camel.Opdrachtroute;
import nl.midoffice.camel.VertraagdMelder;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.PersoonOpgevraagd;
import nl.midoffice.contracts.PersoonOpvragen;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.Systemen;

/**
 * Answers a {@link PersoonOpvragen} from the BRP ({@code RaadpleegMetBurgerservicenummer}) with a
 * {@link PersoonOpgevraagd} on the persoonsgegevens results queue; consuming the question and publishing the
 * answer share one JMS transaction. A question that came with a JMSReplyTo (a synchronous caller, such as the
 * mid-office prefilling a form) gets the same answer as its reply: the route's final body. Delivery is at least
 * once, but asking the BRP twice is processing personal data twice: a question is answered once per messageId
 * ({@link EenmaalGevraagd}: a copy waits while another is being asked; a question that failed is forgotten again,
 * so its redelivery asks).
 */
public class PersoonOpvragenRoute extends RouteBuilder {

    static final String ROUTE_ID = "brp.persoon-opvragen";

    private final BrpProperties properties;
    private final BrpBerichten berichten;
    private final BrpAntwoorden antwoorden;

    public PersoonOpvragenRoute(BrpProperties properties, BrpBerichten berichten, BrpAntwoorden antwoorden) {
        this.properties = properties;
        this.berichten = berichten;
        this.antwoorden = antwoorden;
    }

    @Override
    public void configure() {
        var route = Opdrachtroute.consumeer(this, ROUTE_ID, Queues.BRP_PERSOON_OPVRAGEN, BrpProperties.PREFIX,
                        PersoonOpvragen.class, PersoonOpvragenRoute::betreft)
                .process(new EenmaalGevraagd(simple("${body.messageId}"), 1000)).id("brp.eenmaal-gevraagd")
                .setProperty(BrpAanroep.CORRELATION_ID, simple("${body.correlationId}"))
                .setProperty(BrpAanroep.AANVRAAG_ID, simple("${body.aanvraagId}"))
                .bean(berichten, "raadpleeg");
        BrpAanroep.naar(route, properties, this::naarAntwoord)
                .log(LoggingLevel.INFO, "BRP answered question ${exchangeProperty." + Opdrachtroute.OPDRACHT
                        + ".messageId}: gevonden=${body.gevonden}");
        Opdrachtroute.publiceer(route, Queues.PERSOONSGEGEVENS_RESULTATEN);
    }

    static VertraagdMelder.Betreft betreft(PersoonOpvragen vraag) {
        return new VertraagdMelder.Betreft(vraag.aanvraagId(), vraag.correlationId(), Systemen.BRP,
                Capability.PERSOONSGEGEVENS, vraag.schaduw());
    }

    void naarAntwoord(Exchange exchange) {
        PersoonOpvragen vraag = exchange.getProperty(Opdrachtroute.OPDRACHT, PersoonOpvragen.class);
        int code = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String antwoord = exchange.getMessage().getBody(String.class);
        exchange.getMessage().setBody(antwoord(vraag, code, antwoord));
    }

    /** The answer to the question, found or not; technical failures and refusals of our question throw. */
    PersoonOpgevraagd antwoord(PersoonOpvragen vraag, int httpStatus, String antwoord) {
        return PersoonOpgevraagd.op(vraag, Systemen.BRP, antwoorden.persoon(vraag.bsn(), httpStatus, antwoord)
                .orElse(null), BrpBerichten.GEVRAAGDE_GEGEVENS);
    }
}

package nl.midoffice.adapter.brp;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.camel.VertraagdMelder;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Headers;
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
 * (a question that failed is forgotten again, so its redelivery asks).
 */
public class PersoonOpvragenRoute extends RouteBuilder {

    static final String ROUTE_ID = "brp.persoon-opvragen";
    private static final String VRAAG = "brpVraag";

    private final BrpProperties properties;
    private final BrpBerichten berichten;
    private final BrpAntwoorden antwoorden;
    private final CircuitBreaker breaker;
    /** The messageIds of questions asked (or being asked); Camel removes one again when its exchange fails. */
    private final IdempotentRepository beantwoord = MemoryIdempotentRepository.memoryIdempotentRepository(1000);

    public PersoonOpvragenRoute(BrpProperties properties, BrpBerichten berichten, BrpAntwoorden antwoorden,
            CircuitBreaker breaker) {
        this.properties = properties;
        this.berichten = berichten;
        this.antwoorden = antwoorden;
        this.breaker = breaker;
    }

    @Override
    public void configure() {
        var route = from("jms:queue:" + Queues.BRP_PERSOON_OPVRAGEN
                + "?transacted=true&errorHandlerLogStackTrace=false&maxConcurrentConsumers="
                + properties.concurrentConsumers())
                .routeId(ROUTE_ID)
                .routeConfigurationId(BetrouwbareAflevering.ID)
                .unmarshal().json(JsonLibrary.Jackson, PersoonOpvragen.class)
                .idempotentConsumer(simple("${body.messageId}"), beantwoord)
                .setProperty(VRAAG, body())
                .setProperty(VertraagdMelder.BETREFT, method(PersoonOpvragenRoute.class, "betreft"))
                .setProperty(BrpAanroep.CORRELATION_ID, simple("${body.correlationId}"))
                .setProperty(BrpAanroep.AANVRAAG_ID, simple("${body.aanvraagId}"))
                .bean(berichten, "raadpleeg");
        BrpAanroep.naar(route, properties, breaker, this::naarAntwoord);
        route.log(LoggingLevel.INFO, "BRP answered question ${exchangeProperty." + VRAAG + ".messageId}: gevonden=${body.gevonden}")
                .setHeader(Headers.JMS_AANVRAAG_ID, simple("${body.aanvraagId}"))
                .setHeader(Headers.JMS_CORRELATION_ID, simple("${body.correlationId}"))
                .marshal().json(JsonLibrary.Jackson).convertBodyTo(String.class)
                // InOnly: a question with a JMSReplyTo makes the exchange InOut, but nobody answers this send
                .to(ExchangePattern.InOnly, "jms:queue:" + Queues.PERSOONSGEGEVENS_RESULTATEN);
    }

    static VertraagdMelder.Betreft betreft(PersoonOpvragen vraag) {
        return new VertraagdMelder.Betreft(vraag.aanvraagId(), vraag.correlationId(), Systemen.BRP,
                Capability.PERSOONSGEGEVENS, vraag.schaduw());
    }

    void naarAntwoord(Exchange exchange) {
        PersoonOpvragen vraag = exchange.getProperty(VRAAG, PersoonOpvragen.class);
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

package nl.midoffice.adapter.legacysuite;

import java.time.Instant;
import java.util.UUID;

import org.apache.camel.Exchange;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.camel.VertraagdMelder;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.ZaakRegistreren;

/**
 * Registers a zaak in the legacy suite with {@code creeerZaak_ZakLk01}: a Bv03 becomes GEREGISTREERD, a
 * Fo03 about our message becomes AFGEWEZEN with a readable reason, anything else is a technical failure
 * that {@link BetrouwbareAflevering} retries. Consuming, and publishing the result, share one JMS transaction.
 */
public class ZaakRegistrerenRoute extends RouteBuilder {

    static final String ROUTE_ID = "legacy-suite.zaak-registreren";
    static final String SYSTEEM = "legacy-suite";
    private static final String OPDRACHT = "legacySuiteOpdracht";

    private final LegacySuiteProperties properties;
    private final StufBerichten berichten;
    private final StufAntwoorden antwoorden;
    private final CircuitBreaker breaker;

    public ZaakRegistrerenRoute(LegacySuiteProperties properties, StufBerichten berichten, StufAntwoorden antwoorden, CircuitBreaker breaker) {
        this.breaker = breaker;
        this.properties = properties;
        this.berichten = berichten;
        this.antwoorden = antwoorden;
    }

    @Override
    public void configure() {
        var route = from("jms:queue:" + Queues.LEGACY_SUITE_ZAAK_REGISTREREN + "?transacted=true&errorHandlerLogStackTrace=false&maxConcurrentConsumers=" + properties.concurrentConsumers())
                .routeId(ROUTE_ID)
                .routeConfigurationId(BetrouwbareAflevering.ID)
                .unmarshal().json(JsonLibrary.Jackson, ZaakRegistreren.class)
                .setProperty(OPDRACHT, body())
                .setProperty(VertraagdMelder.BETREFT, method(ZaakRegistrerenRoute.class, "betreft"))
                .setProperty(ZdsAanroep.CORRELATION_ID, simple("${body.correlationId}"))
                .setProperty(ZdsAanroep.AANVRAAG_ID, simple("${body.aanvraagId}"))
                .bean(berichten, "creeerZaak");
        ZdsAanroep.naar(route, properties, breaker, Stuf.PAD_ONTVANG_ASYNCHROON, Stuf.SOAP_ACTION_CREEER_ZAAK,
                this::naarResultaat);
        route.setHeader(Headers.JMS_AANVRAAG_ID, simple("${body.aanvraagId}"))
                    .setHeader(Headers.JMS_CORRELATION_ID, simple("${body.correlationId}"))
                    .marshal().json(JsonLibrary.Jackson).convertBodyTo(String.class)
                .to("jms:queue:" + Queues.BACKOFFICE_RESULTATEN);
    }

    static VertraagdMelder.Betreft betreft(ZaakRegistreren opdracht) {
        return new VertraagdMelder.Betreft(opdracht.aanvraagId(), opdracht.correlationId(), SYSTEEM,
                Capability.ZAAKREGISTRATIE, opdracht.schaduw());
    }

    void naarResultaat(Exchange exchange) {
        ZaakRegistreren opdracht = exchange.getProperty(OPDRACHT, ZaakRegistreren.class);
        int code = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String antwoord = exchange.getMessage().getBody(String.class);
        exchange.getMessage().setBody(resultaat(opdracht, code, antwoord));
    }

    BackofficeResultaat resultaat(ZaakRegistreren opdracht, int httpStatus, String antwoord) {
        if (httpStatus == 200 && antwoorden.isBv03(antwoord)) {
            return resultaat(opdracht, AanvraagStatus.GEREGISTREERD, null);
        }
        var fout = antwoorden.fo03(antwoord);
        if (fout.isPresent() && fout.get().isFunctioneel()) {
            return resultaat(opdracht, AanvraagStatus.AFGEWEZEN,
                    "Uw aanvraag kon niet worden geregistreerd: " + fout.get().omschrijving());
        }
        throw new LegacySuiteStoring("creeerZaak answered HTTP " + httpStatus
                + fout.map(f -> " Fo03 " + f.code() + " (" + f.plek() + "): " + f.omschrijving()).orElse(""));
    }

    private static BackofficeResultaat resultaat(ZaakRegistreren opdracht, AanvraagStatus status, String reden) {
        return new BackofficeResultaat(UUID.randomUUID().toString(), opdracht.correlationId(), opdracht.aanvraagId(),
                SYSTEEM, Capability.ZAAKREGISTRATIE, status, opdracht.referentie(), reden, Instant.now(),
                opdracht.schaduw());
    }
}

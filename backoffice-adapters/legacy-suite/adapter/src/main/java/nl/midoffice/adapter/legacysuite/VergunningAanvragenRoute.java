package nl.midoffice.adapter.legacysuite;

import java.time.Instant;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.camel.VertraagdMelder;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.contracts.VergunningAanvragen;

/**
 * Puts a permit application in the legacy suite's werkbak, where a clerk decides on it. The suite decides on
 * zaken, so the route makes sure the aanvraag's zaak exists with the permit's zaaktype ({@code creeerZaak_ZakLk01},
 * identificatie = referentie) and reports IN_BEHANDELING. When zaakregistratie is on the legacy suite too, the
 * zaak is already there: the suite answers a repeated creeerZaak of the same zaak and initiator with a Bv03, so
 * that is success, and a redelivery is too. The decision arrives later through {@link ZaakstatusOpvragenRoute}.
 */
public class VergunningAanvragenRoute extends RouteBuilder {

    static final String ROUTE_ID = "legacy-suite.vergunning-aanvragen";
    private static final String OPDRACHT = "legacySuiteVergunningOpdracht";

    private final LegacySuiteProperties properties;
    private final StufBerichten berichten;
    private final StufAntwoorden antwoorden;
    private final CircuitBreaker breaker;

    public VergunningAanvragenRoute(LegacySuiteProperties properties, StufBerichten berichten,
            StufAntwoorden antwoorden, CircuitBreaker breaker) {
        this.properties = properties;
        this.berichten = berichten;
        this.antwoorden = antwoorden;
        this.breaker = breaker;
    }

    @Override
    public void configure() {
        var route = from("jms:queue:" + Queues.LEGACY_SUITE_VERGUNNING_AANVRAGEN
                + "?transacted=true&errorHandlerLogStackTrace=false&maxConcurrentConsumers="
                + properties.concurrentConsumers())
                .routeId(ROUTE_ID)
                .routeConfigurationId(BetrouwbareAflevering.ID)
                .unmarshal().json(JsonLibrary.Jackson, VergunningAanvragen.class)
                .setProperty(OPDRACHT, body())
                .setProperty(VertraagdMelder.BETREFT, method(VergunningAanvragenRoute.class, "betreft"))
                .setProperty(ZdsAanroep.CORRELATION_ID, simple("${body.correlationId}"))
                .setProperty(ZdsAanroep.AANVRAAG_ID, simple("${body.aanvraagId}"))
                .bean(berichten, "creeerZaakVoorVergunning");
        ZdsAanroep.naar(route, properties, breaker, Stuf.PAD_ONTVANG_ASYNCHROON, Stuf.SOAP_ACTION_CREEER_ZAAK,
                this::naarResultaat);
        route.setHeader(Headers.JMS_AANVRAAG_ID, simple("${body.aanvraagId}"))
                .setHeader(Headers.JMS_CORRELATION_ID, simple("${body.correlationId}"))
                .marshal().json(JsonLibrary.Jackson).convertBodyTo(String.class)
                .to("jms:queue:" + Queues.BACKOFFICE_RESULTATEN);
    }

    static VertraagdMelder.Betreft betreft(VergunningAanvragen opdracht) {
        return new VertraagdMelder.Betreft(opdracht.aanvraagId(), opdracht.correlationId(), Systemen.LEGACY_SUITE,
                Capability.VERGUNNINGEN, opdracht.schaduw());
    }

    void naarResultaat(Exchange exchange) {
        VergunningAanvragen opdracht = exchange.getProperty(OPDRACHT, VergunningAanvragen.class);
        int code = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        exchange.getMessage().setBody(resultaat(opdracht, code, exchange.getMessage().getBody(String.class)));
    }

    /** Bv03: the zaak is in the werkbak; a Fo03 about our message: refused with the suite's reason. */
    BackofficeResultaat resultaat(VergunningAanvragen opdracht, int httpStatus, String antwoord) {
        if (httpStatus == 200 && antwoorden.isBv03(antwoord)) {
            return resultaat(opdracht, AanvraagStatus.IN_BEHANDELING,
                    "Een medewerker van de gemeente beoordeelt uw aanvraag.");
        }
        var fout = antwoorden.fo03(antwoord);
        if (fout.isPresent() && fout.get().isFunctioneel()) {
            return resultaat(opdracht, AanvraagStatus.AFGEWEZEN,
                    "Uw aanvraag voor een vergunning kon niet in behandeling worden genomen: " + fout.get().omschrijving());
        }
        throw new LegacySuiteStoring("creeerZaak (vergunning) answered HTTP " + httpStatus
                + fout.map(f -> " Fo03 " + f.code() + " (" + f.plek() + "): " + f.omschrijving()).orElse(""));
    }

    private static BackofficeResultaat resultaat(VergunningAanvragen opdracht, AanvraagStatus status, String reden) {
        return new BackofficeResultaat(UUID.randomUUID().toString(), opdracht.correlationId(), opdracht.aanvraagId(),
                Systemen.LEGACY_SUITE, Capability.VERGUNNINGEN, status, opdracht.referentie(), reden, Instant.now(),
                opdracht.schaduw());
    }
}

package nl.midoffice.adapter.legacysuite;

import java.time.Instant;
import java.util.UUID;

import org.apache.camel.Exchange;

import org.apache.camel.builder.RouteBuilder;

import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.camel.Opdrachtroute;
import nl.midoffice.camel.VertraagdMelder;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
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

    private final StufBerichten berichten;
    private final StufAntwoorden antwoorden;

    public ZaakRegistrerenRoute(StufBerichten berichten, StufAntwoorden antwoorden) {
        this.berichten = berichten;
        this.antwoorden = antwoorden;
    }

    @Override
    public void configure() {
        var route = Opdrachtroute.consumeer(this, ROUTE_ID, Queues.LEGACY_SUITE_ZAAK_REGISTREREN,
                        LegacySuiteProperties.PREFIX, ZaakRegistreren.class, ZaakRegistrerenRoute::betreft)
                .setProperty(ZdsAanroep.CORRELATION_ID, simple("${body.correlationId}"))
                .setProperty(ZdsAanroep.AANVRAAG_ID, simple("${body.aanvraagId}"))
                .bean(berichten, "creeerZaak");
        ZdsAanroep.naar(route, Stuf.PAD_ONTVANG_ASYNCHROON, Stuf.SOAP_ACTION_CREEER_ZAAK, this::naarResultaat);
        Opdrachtroute.publiceer(route, Queues.BACKOFFICE_RESULTATEN);
    }

    static VertraagdMelder.Betreft betreft(ZaakRegistreren opdracht) {
        return new VertraagdMelder.Betreft(opdracht.aanvraagId(), opdracht.correlationId(), SYSTEEM,
                Capability.ZAAKREGISTRATIE, opdracht.schaduw());
    }

    void naarResultaat(Exchange exchange) {
        ZaakRegistreren opdracht = exchange.getProperty(Opdrachtroute.OPDRACHT, ZaakRegistreren.class);
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

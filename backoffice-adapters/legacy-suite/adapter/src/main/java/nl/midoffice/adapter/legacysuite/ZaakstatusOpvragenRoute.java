package nl.midoffice.adapter.legacysuite;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.camel.Opdrachtroute;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.ZaakstatusOpvragen;

/**
 * Asks the legacy suite for a zaak's status ({@code geefZaakstatus_ZakLv01}); the suite cannot push changes.
 * The newest status it reports goes to the mid-office, only when it differs from what the mid-office knows. A
 * clerk's permit decision (the zaak's {@code resultaat}) is reported as capability vergunningen: on the legacy
 * suite, polling is how a permit decision arrives. A failed question is not retried here: the mid-office asks
 * again on its next polling round.
 */
public class ZaakstatusOpvragenRoute extends RouteBuilder {

    static final String ROUTE_ID = "legacy-suite.zaakstatus-opvragen";
    private static final String VRAAG = "legacySuiteVraag";

    private final StufBerichten berichten;
    private final StufAntwoorden antwoorden;

    public ZaakstatusOpvragenRoute(StufBerichten berichten, StufAntwoorden antwoorden) {
        this.berichten = berichten;
        this.antwoorden = antwoorden;
    }

    @Override
    public void configure() {
        var route = from("jms:queue:" + Queues.LEGACY_SUITE_ZAAKSTATUS_OPVRAGEN + "?maxConcurrentConsumers="
                + "{{" + LegacySuiteProperties.PREFIX + ".concurrent-consumers}}")
                .routeId(ROUTE_ID)
                .onException(Exception.class).handled(true)
                    .log(LoggingLevel.WARN, "Status of zaak ${exchangeProperty." + VRAAG
                            + ".zaakIdentificatie} not read, asking again next round: ${exception.message}")
                .end()
                .unmarshal().json(JsonLibrary.Jackson, ZaakstatusOpvragen.class)
                .setProperty(VRAAG, body())
                .setProperty(ZdsAanroep.CORRELATION_ID, simple("${body.correlationId}"))
                .setProperty(ZdsAanroep.AANVRAAG_ID, simple("${body.aanvraagId}"))
                .bean(berichten, "geefZaakstatus");
        var antwoord = ZdsAanroep.naar(route, Stuf.PAD_BEANTWOORD_VRAAG, Stuf.SOAP_ACTION_GEEF_ZAAKSTATUS,
                this::naarResultaat);
        Opdrachtroute.publiceer(antwoord.filter(body().isNotNull()), Queues.BACKOFFICE_RESULTATEN);
    }

    void naarResultaat(Exchange exchange) {
        ZaakstatusOpvragen vraag = exchange.getProperty(VRAAG, ZaakstatusOpvragen.class);
        int code = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String antwoord = exchange.getMessage().getBody(String.class);
        if (code != 200) {
            throw new LegacySuiteStoring("geefZaakstatus answered HTTP " + code);
        }
        exchange.getMessage().setBody(laatsteStatus(vraag, antwoorden.zaakstand(antwoord)));
    }

    /** The newest status the suite reports, or null when it knows none we understand or nothing new. */
    static BackofficeResultaat laatsteStatus(ZaakstatusOpvragen vraag, List<StufAntwoorden.Zaakstatus> statussen) {
        return laatsteStatus(vraag, new StufAntwoorden.Zaakstand(statussen, Optional.empty()));
    }

    /**
     * The newest status the suite reports, or null when it knows none we understand or nothing new. Once the zaak
     * is closed by a permit decision, that decision is the result: capability vergunningen, granted as AFGEHANDELD
     * with the permit's details, refused as AFGEWEZEN with the clerk's reason.
     */
    static BackofficeResultaat laatsteStatus(ZaakstatusOpvragen vraag, StufAntwoorden.Zaakstand stand) {
        List<StufAntwoorden.Zaakstatus> statussen = stand.statussen();
        for (int i = statussen.size() - 1; i >= 0; i--) {
            var status = statussen.get(i);
            var aanvraagStatus = status.alsAanvraagStatus();
            if (aanvraagStatus.isEmpty()) {
                continue;
            }
            var besluit = stand.resultaat().filter(r -> aanvraagStatus.get().isEindstatus())
                    .filter(r -> r.isVerleend() || r.isAfgewezen());
            AanvraagStatus gemeld = besluit.map(r -> r.isVerleend() ? AanvraagStatus.AFGEHANDELD : AanvraagStatus.AFGEWEZEN)
                    .orElse(aanvraagStatus.get());
            if (gemeld == vraag.bekendeStatus()) {
                return null;
            }
            return new BackofficeResultaat(UUID.randomUUID().toString(), vraag.correlationId(), vraag.aanvraagId(),
                    ZaakRegistrerenRoute.SYSTEEM, besluit.isPresent() ? Capability.VERGUNNINGEN : Capability.ZAAKREGISTRATIE,
                    gemeld, vraag.zaakIdentificatie(), besluit.map(ZaakstatusOpvragenRoute::reden).orElse(status.toelichting()),
                    status.tijdstip(), false);
        }
        return null;
    }

    /** What the citizen reads about the decision: the suite's own words, or a plain sentence when it gave none. */
    static String reden(StufAntwoorden.Resultaat besluit) {
        if (besluit.toelichting() != null) {
            return besluit.toelichting();
        }
        return besluit.isVerleend() ? "Uw parkeervergunning is verleend."
                : "Uw aanvraag voor een parkeervergunning is afgewezen.";
    }
}

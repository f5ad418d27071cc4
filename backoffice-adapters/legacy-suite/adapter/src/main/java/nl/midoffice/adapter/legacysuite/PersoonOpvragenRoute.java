package nl.midoffice.adapter.legacysuite;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.midoffice.camel.EenmaalGevraagd;
import nl.midoffice.camel.Opdrachtroute;
import nl.midoffice.camel.VertraagdMelder;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.PersoonOpgevraagd;
import nl.midoffice.contracts.PersoonOpvragen;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.Systemen;

/**
 * Looks a person up in the legacy suite's own copy of person data (StUF-BG {@code npsLv01}) and answers with
 * {@link PersoonOpgevraagd}: found, or {@code gevonden=false} when the suite does not know the BSN or refuses
 * it. A question that carries a JMS reply-to (a form being prefilled) gets the same answer as its reply,
 * because the route ends with the answer's JSON as its body. The same question (same messageId) delivered
 * twice is asked once: a lookup of personal data is processing that must not happen more than needed. A
 * failed question is not remembered, so its redelivery asks again ({@link EenmaalGevraagd}).
 */
public class PersoonOpvragenRoute extends RouteBuilder {

    static final String ROUTE_ID = "legacy-suite.persoon-opvragen";
    private static final Logger LOG = LoggerFactory.getLogger(PersoonOpvragenRoute.class);

    private final StufBerichten berichten;
    private final StufAntwoorden antwoorden;

    public PersoonOpvragenRoute(StufBerichten berichten, StufAntwoorden antwoorden) {
        this.berichten = berichten;
        this.antwoorden = antwoorden;
    }

    @Override
    public void configure() {
        var route = Opdrachtroute.consumeer(this, ROUTE_ID, Queues.LEGACY_SUITE_PERSOON_OPVRAGEN,
                        LegacySuiteProperties.PREFIX, PersoonOpvragen.class, PersoonOpvragenRoute::betreft)
                .process(new EenmaalGevraagd(simple("${body.messageId}"), 1000)).id("legacy-suite.eenmaal-gevraagd")
                .setProperty(ZdsAanroep.CORRELATION_ID, simple("${body.correlationId}"))
                .setProperty(ZdsAanroep.AANVRAAG_ID, simple("${body.aanvraagId}"))
                .bean(berichten, "npsLv01");
        ZdsAanroep.naar(route, Stuf.PAD_BEANTWOORD_VRAAG, Stuf.SOAP_ACTION_NPS_LV01, this::naarAntwoord);
        Opdrachtroute.publiceer(route, Queues.PERSOONSGEGEVENS_RESULTATEN);
    }

    static VertraagdMelder.Betreft betreft(PersoonOpvragen vraag) {
        return new VertraagdMelder.Betreft(vraag.aanvraagId(), vraag.correlationId(), Systemen.LEGACY_SUITE,
                Capability.PERSOONSGEGEVENS, vraag.schaduw());
    }

    void naarAntwoord(Exchange exchange) {
        PersoonOpvragen vraag = exchange.getProperty(Opdrachtroute.OPDRACHT, PersoonOpvragen.class);
        int code = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        exchange.getMessage().setBody(antwoord(vraag, code, exchange.getMessage().getBody(String.class)));
    }

    /**
     * A La01 answers the question (with or without a person); a Fo03 about the question (an invalid BSN) means
     * the suite knows no such person; anything else is technical and retried.
     */
    PersoonOpgevraagd antwoord(PersoonOpvragen vraag, int httpStatus, String antwoord) {
        if (httpStatus == 200) {
            return PersoonOpgevraagd.op(vraag, Systemen.LEGACY_SUITE, antwoorden.persoon(antwoord).orElse(null),
                    StufBerichten.GEVRAAGDE_GEGEVENS);
        }
        var fout = antwoorden.fo03(antwoord);
        if (fout.isPresent() && fout.get().isFunctioneel()) {
            LOG.warn("npsLv01 refused with Fo03 {}: {}; answered as not found", fout.get().code(),
                    fout.get().omschrijving());
            return PersoonOpgevraagd.op(vraag, Systemen.LEGACY_SUITE, null, StufBerichten.GEVRAAGDE_GEGEVENS);
        }
        throw new LegacySuiteStoring("npsLv01 answered HTTP " + httpStatus
                + fout.map(f -> " Fo03 " + f.code() + " (" + f.plek() + "): " + f.omschrijving()).orElse(""));
    }
}

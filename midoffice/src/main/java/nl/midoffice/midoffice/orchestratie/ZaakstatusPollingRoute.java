package nl.midoffice.midoffice.orchestratie;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.ZaakstatusOpvragen;
import nl.midoffice.midoffice.MidofficeProperties;
import nl.midoffice.midoffice.aanvraag.Aanvraag;
import nl.midoffice.midoffice.aanvraag.AanvraagRepository;

/**
 * The legacy suite cannot push status changes, so every few seconds each open zaak there is asked for.
 * The questions are not persistent and expire: if one is lost, the next round asks again.
 */
@Component
class ZaakstatusPollingRoute extends RouteBuilder {

    static final String LEGACY_SUITE = nl.midoffice.contracts.Systemen.LEGACY_SUITE;

    private final AanvraagRepository aanvragen;
    private final MidofficeProperties properties;

    ZaakstatusPollingRoute(AanvraagRepository aanvragen, MidofficeProperties properties) {
        this.aanvragen = aanvragen;
        this.properties = properties;
    }

    @Override
    public void configure() {
        long interval = properties.statuspolling().interval().toMillis();
        from("timer:zaakstatus-legacy-suite?delay=2000&period=" + interval)
                .routeId("midoffice.zaakstatus-pollen")
                .process(e -> e.getMessage().setBody(vragen()))
                .split(body())
                    .marshal().json(JsonLibrary.Jackson).convertBodyTo(String.class)
                    .to("jms:queue:" + Queues.LEGACY_SUITE_ZAAKSTATUS_OPVRAGEN
                            + "?deliveryPersistent=false&timeToLive=" + interval * 2);
    }

    List<ZaakstatusOpvragen> vragen() {
        Instant nu = Instant.now();
        List<Aanvraag> open = aanvragen.openZakenIn(LEGACY_SUITE,
                properties.statuspolling().batch());
        aanvragen.gepold(open.stream().map(Aanvraag::id).toList(), nu);
        return open.stream()
                .map(a -> new ZaakstatusOpvragen(UUID.randomUUID().toString(), a.correlationId(), a.id().toString(),
                        // the legacy suite keys its zaken on the reference, also the ones it holds only for a permit
                        a.gemeente(), a.referentie(), a.status(), nu))
                .toList();
    }
}

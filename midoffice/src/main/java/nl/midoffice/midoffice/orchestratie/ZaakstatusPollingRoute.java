package nl.midoffice.midoffice.orchestratie;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.midoffice.MidofficeProperties;
import nl.midoffice.midoffice.cluster.SingletonJobs;

/**
 * The legacy suite cannot push status changes, so the mid-office asks it, on one instance at a time, for the zaken
 * {@link ZaakstatusPolling} finds due; the throttle keeps the questions under {@code max-per-second}. The questions
 * are not persistent and expire: if one is lost, the zaak is due again later.
 */
@Component
class ZaakstatusPollingRoute extends RouteBuilder {

    static final String ROUTE_ID = "midoffice.zaakstatus-pollen";

    private final ZaakstatusPolling polling;
    private final MidofficeProperties properties;
    private final SingletonJobs singletonJobs;

    ZaakstatusPollingRoute(ZaakstatusPolling polling, MidofficeProperties properties, SingletonJobs singletonJobs) {
        this.polling = polling;
        this.properties = properties;
        this.singletonJobs = singletonJobs;
    }

    @Override
    public void configure() {
        var instellingen = properties.statuspolling();
        long interval = instellingen.interval().toMillis();
        // at a fixed rate: a throttled round that took most of the interval does not delay the next one
        from("timer:zaakstatus-legacy-suite?delay=2000&fixedRate=true&period=" + interval)
                .routeId(ROUTE_ID)
                .routePolicy(singletonJobs.policy(ROUTE_ID))
                .process(e -> e.getMessage().setBody(polling.vragen(Systemen.LEGACY_SUITE)))
                .split(body())
                    .throttle(instellingen.maxPerSecond()).totalRequestsMode().timePeriodMillis(1000)
                    .marshal().json(JsonLibrary.Jackson).convertBodyTo(String.class)
                    .to("jms:queue:" + Queues.LEGACY_SUITE_ZAAKSTATUS_OPVRAGEN
                            + "?deliveryPersistent=false&timeToLive=" + interval * 2)
                    .process(e -> polling.gesteld(Systemen.LEGACY_SUITE));
    }
}

package nl.midoffice.midoffice.orchestratie;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import nl.midoffice.midoffice.cluster.SingletonJobs;

/** Copies the legacy zaken municipalities asked to replicate ({@link ZaakReplicatie}), on one instance at a time. */
@Component
class ZaakReplicatieRoute extends RouteBuilder {

    static final String ROUTE_ID = "midoffice.zaakreplicatie";

    private final ZaakReplicatie replicatie;
    private final SingletonJobs singletonJobs;

    ZaakReplicatieRoute(ZaakReplicatie replicatie, SingletonJobs singletonJobs) {
        this.replicatie = replicatie;
        this.singletonJobs = singletonJobs;
    }

    @Override
    public void configure() {
        singletonJobs.timer(this, ROUTE_ID, 2000).process(e -> replicatie.kopieerGevraagde());
    }
}

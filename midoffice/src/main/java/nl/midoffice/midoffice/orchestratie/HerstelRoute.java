package nl.midoffice.midoffice.orchestratie;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import nl.midoffice.midoffice.MidofficeProperties;
import nl.midoffice.midoffice.cluster.SingletonJobs;

/** Looks regularly for aanvragen no back office has confirmed ({@link Herstel}), on one instance at a time. */
@Component
class HerstelRoute extends RouteBuilder {

    static final String ROUTE_ID = "midoffice.herstel";

    private final MidofficeProperties properties;
    private final SingletonJobs singletonJobs;

    HerstelRoute(MidofficeProperties properties, SingletonJobs singletonJobs) {
        this.properties = properties;
        this.singletonJobs = singletonJobs;
    }

    @Override
    public void configure() {
        singletonJobs.timer(this, ROUTE_ID, properties.herstel().interval().toMillis())
                .bean(Herstel.class, "herzend");
    }
}

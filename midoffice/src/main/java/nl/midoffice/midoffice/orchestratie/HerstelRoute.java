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
        from("timer:herstel?delay=10000&period=" + properties.herstel().interval().toMillis())
                .routeId(ROUTE_ID)
                .routePolicy(singletonJobs.policy(ROUTE_ID))
                .bean(Herstel.class, "herzend");
    }
}

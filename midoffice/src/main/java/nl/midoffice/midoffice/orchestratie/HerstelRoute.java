package nl.midoffice.midoffice.orchestratie;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import nl.midoffice.midoffice.MidofficeProperties;

/** Looks regularly for aanvragen no back office has confirmed ({@link Herstel}). */
@Component
class HerstelRoute extends RouteBuilder {

    private final MidofficeProperties properties;

    HerstelRoute(MidofficeProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configure() {
        from("timer:herstel?delay=10000&period=" + properties.herstel().interval().toMillis())
                .routeId("midoffice.herstel")
                .bean(Herstel.class, "herzend");
    }
}

package nl.midoffice.midoffice.console;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import nl.midoffice.midoffice.cluster.SingletonJobs;

/** The traffic generator's clock: ticks on the one instance elected to generate ({@link Verkeersgenerator}). */
@Component
class VerkeersgeneratorRoute extends RouteBuilder {

    static final String ROUTE_ID = "midoffice.verkeersgenerator";

    private final Verkeersgenerator generator;
    private final SingletonJobs singletonJobs;

    VerkeersgeneratorRoute(Verkeersgenerator generator, SingletonJobs singletonJobs) {
        this.generator = generator;
        this.singletonJobs = singletonJobs;
    }

    @Override
    public void configure() {
        // at the highest rate two aanvragen per tick
        singletonJobs.timer(this, ROUTE_ID, 1000).process(e -> generator.tik());
    }
}

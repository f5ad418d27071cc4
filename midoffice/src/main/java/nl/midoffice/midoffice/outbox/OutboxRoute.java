package nl.midoffice.midoffice.outbox;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Publishes the outbox on a short timer; a failed round is simply tried again on the next tick. */
@Component
class OutboxRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:outbox?period={{midoffice.outbox.interval:200}}&delay=1000")
                .routeId("midoffice.outbox-publiceren")
                .bean(OutboxPublisher.class, "publiceer");
    }
}

package nl.midoffice.midoffice.notificatie;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Feeds the live streams of this instance: a non-durable subscription on the status topic (every instance
 * gets every event and serves its own streams; an event published while no stream is open needs no one),
 * and the heartbeat that keeps idle streams open.
 */
@Component
class StatusNaarSseRoute extends RouteBuilder {

    private final NotificatieProperties properties;

    StatusNaarSseRoute(NotificatieProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configure() {
        from("jms:topic:" + StatusCloudEvents.TOPIC)
                .routeId("midoffice.status-naar-sse")
                .convertBodyTo(String.class)
                .bean(StatusStromen.class, "verspreid");

        from("timer:sse-hartslag?period=" + properties.hartslag().toMillis())
                .routeId("midoffice.sse-hartslag")
                .bean(StatusStromen.class, "hartslag");
    }
}

package nl.midoffice.midoffice.outbox;

import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How many stored messages still wait for the broker ({@code midoffice_outbox_messages}): with the queue depths,
 * the backlog a load leaves behind. Read at each scrape, over the partial index of unpublished rows.
 */
@Configuration(proxyBeanMethods = false)
class OutboxMetrics {

    OutboxMetrics(JdbcClient jdbc, MeterRegistry registry) {
        Gauge.builder("midoffice.outbox.messages", jdbc, OutboxMetrics::tePubliceren)
                .description("Messages in the outbox not yet published to the broker")
                .register(registry);
    }

    private static double tePubliceren(JdbcClient jdbc) {
        try {
            return jdbc.sql("select count(*) from outbox where gepubliceerd_op is null").query(Long.class).single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}

package nl.midoffice.midoffice.infra;

import java.util.ArrayList;
import java.util.List;

import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.midoffice.contracts.Queues;

/**
 * Queue depth and dead-letter size of every queue the mid-office uses, read from the embedded broker
 * ({@code midoffice_queue_messages{queue=...}}). A standalone broker exports these itself.
 */
@Configuration(proxyBeanMethods = false)
class QueueMetrics {

    QueueMetrics(ObjectProvider<EmbeddedActiveMQ> embedded, MeterRegistry registry) {
        EmbeddedActiveMQ broker = embedded.getIfAvailable();
        if (broker == null) {
            return;
        }
        List<String> queues = new ArrayList<>(Queues.MET_DEAD_LETTERS);
        Queues.MET_DEAD_LETTERS.forEach(q -> queues.add(Queues.deadLetterQueueOf(q)));
        queues.add(Queues.LEGACY_SUITE_ZAAKSTATUS_OPVRAGEN);
        for (String queue : queues) {
            Gauge.builder("midoffice.queue.messages", broker, b -> diepte(b.getActiveMQServer(), queue))
                    .description("Messages waiting in the queue (for DLQ.* queues: dead letters)")
                    .tag("queue", queue)
                    .tag("dead_letter", String.valueOf(queue.startsWith(Queues.DEAD_LETTER_PREFIX)))
                    .register(registry);
        }
    }

    private static double diepte(ActiveMQServer server, String queue) {
        if (server == null) {
            return Double.NaN;
        }
        Queue q = server.locateQueue(SimpleString.of(queue));
        return q == null ? 0 : q.getMessageCount();
    }
}

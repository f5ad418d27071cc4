package nl.midoffice.midoffice.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.midoffice.contracts.Headers;
import nl.midoffice.midoffice.MidofficeProperties;

/**
 * Moves stored messages to the broker. A message is marked published only after the broker has taken it
 * (persistent, synchronous send); a crash in between publishes it again, and receivers drop duplicates.
 */
@Component
public class OutboxPublisher {

    private final OutboxRepository outbox;
    private final ProducerTemplate producer;
    private final int batch;

    OutboxPublisher(OutboxRepository outbox, ProducerTemplate producer, MidofficeProperties properties) {
        this.outbox = outbox;
        this.producer = producer;
        this.batch = properties.outbox().batch();
    }

    /** Publishes one batch; returns how many messages went out. */
    @Transactional
    public int publiceer() {
        List<OutboxRepository.Bericht> berichten = outbox.tePubliceren(batch);
        for (OutboxRepository.Bericht bericht : berichten) {
            Map<String, Object> headers = new HashMap<>();
            headers.put(Headers.JMS_MESSAGE_ID, bericht.messageId().toString());
            headers.put(Headers.JMS_CORRELATION_ID, bericht.correlationId());
            headers.put(Headers.JMS_AANVRAAG_ID, bericht.aanvraagId().toString());
            producer.sendBodyAndHeaders("jms:queue:" + bericht.bestemming(), bericht.payload(), headers);
        }
        if (!berichten.isEmpty()) {
            outbox.markeerGepubliceerd(berichten.stream().map(OutboxRepository.Bericht::id).toList());
        }
        return berichten.size();
    }
}

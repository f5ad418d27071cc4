package nl.midoffice.midoffice.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.midoffice.contracts.Headers;
import nl.midoffice.midoffice.MidofficeProperties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves stored messages to the broker. A message is marked published only after the broker has taken it
 * (persistent, synchronous send); a crash in between publishes it again, and receivers drop duplicates.
 * A bestemming {@code topic:<name>} is published to a topic, anything else to the queue of that name.
 */
@Component
public class OutboxPublisher {

    private static final List<String> CLOUDEVENT_EIGENSCHAPPEN = List.of("type", "id", "subject");

    private final OutboxRepository outbox;
    private final ProducerTemplate producer;
    private final JsonMapper json;
    private final int batch;

    OutboxPublisher(OutboxRepository outbox, ProducerTemplate producer, MidofficeProperties properties,
            JsonMapper json) {
        this.outbox = outbox;
        this.producer = producer;
        this.json = json;
        this.batch = properties.outbox().batch();
    }

    /** Publishes one batch; returns how many messages went out. */
    @Transactional
    public int publiceer() {
        List<OutboxRepository.Bericht> berichten = outbox.tePubliceren(batch);
        for (OutboxRepository.Bericht bericht : berichten) {
            Map<String, Object> headers = new HashMap<>();
            headers.put(Headers.JMS_MESSAGE_ID, bericht.messageId().toString());
            // republished after a crash between send and commit: the broker drops the second copy
            headers.put(Headers.JMS_DUPLICATE_ID, "outbox:" + bericht.messageId());
            headers.put(Headers.JMS_CORRELATION_ID, bericht.correlationId());
            headers.put(Headers.JMS_AANVRAAG_ID, bericht.aanvraagId().toString());
            headers.putAll(cloudEventEigenschappen(json, bericht.payload()));
            producer.sendBodyAndHeaders(endpoint(bericht.bestemming()), bericht.payload(), headers);
        }
        if (!berichten.isEmpty()) {
            outbox.markeerGepubliceerd(berichten.stream().map(OutboxRepository.Bericht::id).toList());
        }
        return berichten.size();
    }

    /** {@code topic:<name>} goes to the topic, any other bestemming is a queue name. */
    static String endpoint(String bestemming) {
        return bestemming.startsWith(OutboxRepository.TOPIC_PREFIX)
                ? "jms:topic:" + bestemming.substring(OutboxRepository.TOPIC_PREFIX.length())
                : "jms:queue:" + bestemming;
    }

    /**
     * A CloudEvent travels whole in the body (structured mode); a few of its attributes are copied to JMS
     * properties so that subscribers can filter with a message selector without parsing the body.
     */
    static Map<String, Object> cloudEventEigenschappen(JsonMapper json, String payload) {
        if (!payload.contains("\"specversion\"")) {
            return Map.of();
        }
        JsonNode event = json.readTree(payload);
        if (!event.path("specversion").isString()) {
            return Map.of();
        }
        Map<String, Object> eigenschappen = new HashMap<>();
        for (String attribuut : CLOUDEVENT_EIGENSCHAPPEN) {
            JsonNode waarde = event.path(attribuut);
            if (waarde.isString()) {
                eigenschappen.put("ce_" + attribuut, waarde.asString());
            }
        }
        return eigenschappen;
    }
}

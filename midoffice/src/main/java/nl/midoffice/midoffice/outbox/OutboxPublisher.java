package nl.midoffice.midoffice.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.JmsException;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.midoffice.contracts.Headers;
import nl.midoffice.midoffice.MidofficeProperties;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves stored messages to the broker: a batch is sent in one local JMS transaction, so the broker syncs its journal
 * once per batch instead of once per message, and only after the broker committed it are the rows marked published.
 * A crash in between (of this instance, or of the broker while the commit's answer was under way) publishes them
 * again and the broker drops the copies (duplicate detection on the outbox id). Artemis drops a whole transaction for
 * one copy in it, and a batch that mixes copies with new messages would be dropped at every try; so a batch the broker
 * refuses as a duplicate goes out once more one message per transaction: the copies are dropped, the rest arrive.
 * A bestemming {@code topic:<name>} is published to a topic, anything else to the queue of that name.
 */
@Component
public class OutboxPublisher {

    private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);
    private static final List<String> CLOUDEVENT_EIGENSCHAPPEN = List.of("type", "id", "subject");

    private final OutboxRepository outbox;
    private final JmsTemplate jms;
    private final JsonMapper json;
    private final int batch;

    OutboxPublisher(OutboxRepository outbox, ConnectionFactory connectionFactory, MidofficeProperties properties,
            JsonMapper json) {
        this.outbox = outbox;
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.json = json;
        this.batch = properties.outbox().batch();
    }

    int batch() {
        return batch;
    }

    /** Publishes one batch; returns how many messages went out. */
    @Transactional
    public int publiceer() {
        List<OutboxRepository.Bericht> berichten = outbox.tePubliceren(batch);
        if (berichten.isEmpty()) {
            return 0;
        }
        try {
            verstuur(berichten);
        } catch (JmsException e) {
            if (!isDuplicaat(e)) {
                throw e;
            }
            log.info("The broker already had part of a batch of {} (published before a crash); one at a time now",
                    berichten.size());
            for (OutboxRepository.Bericht bericht : berichten) {
                verstuurAlleen(bericht);
            }
        }
        outbox.markeerGepubliceerd(berichten.stream().map(OutboxRepository.Bericht::id).toList());
        return berichten.size();
    }

    private void verstuur(List<OutboxRepository.Bericht> berichten) {
        jms.execute(session -> {
            verstuur(session, berichten);
            return null;
        }, false);
    }

    /** One message in its own transaction; a copy of one the broker has is dropped, which is what should happen. */
    private void verstuurAlleen(OutboxRepository.Bericht bericht) {
        try {
            verstuur(List.of(bericht));
        } catch (JmsException e) {
            if (!isDuplicaat(e)) {
                throw e;
            }
        }
    }

    /** The broker refused the transaction because it holds a message with the same duplicate id already. */
    static boolean isDuplicaat(Throwable fout) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof ActiveMQException artemis
                    && artemis.getType() == ActiveMQExceptionType.DUPLICATE_ID_REJECTED) {
                return true;
            }
        }
        return false;
    }

    private void verstuur(Session session, List<OutboxRepository.Bericht> berichten) throws JMSException {
        MessageProducer producer = session.createProducer(null);
        try {
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            Map<String, Destination> bestemmingen = new HashMap<>();
            for (OutboxRepository.Bericht bericht : berichten) {
                TextMessage message = session.createTextMessage(bericht.payload());
                message.setStringProperty(Headers.JMS_MESSAGE_ID, bericht.messageId().toString());
                // republished after a crash between send and commit: the broker drops the second copy
                message.setStringProperty(Headers.JMS_DUPLICATE_ID, "outbox:" + bericht.messageId());
                message.setStringProperty(Headers.JMS_CORRELATION_ID, bericht.correlationId());
                message.setStringProperty(Headers.JMS_AANVRAAG_ID, bericht.aanvraagId().toString());
                for (var e : cloudEventEigenschappen(json, bericht.payload()).entrySet()) {
                    message.setStringProperty(e.getKey(), e.getValue().toString());
                }
                producer.send(bestemmingen.computeIfAbsent(bericht.bestemming(), b -> bestemming(session, b)), message);
            }
            session.commit();
        } finally {
            producer.close();
        }
    }

    private static Destination bestemming(Session session, String bestemming) {
        try {
            return isTopic(bestemming) ? session.createTopic(naam(bestemming)) : session.createQueue(bestemming);
        } catch (JMSException e) {
            throw new IllegalStateException("Invalid bestemming " + bestemming, e);
        }
    }

    /** {@code topic:<name>} is a topic, any other bestemming is a queue name. */
    static boolean isTopic(String bestemming) {
        return bestemming.startsWith(OutboxRepository.TOPIC_PREFIX);
    }

    /** The topic's or queue's name. */
    static String naam(String bestemming) {
        return isTopic(bestemming) ? bestemming.substring(OutboxRepository.TOPIC_PREFIX.length()) : bestemming;
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

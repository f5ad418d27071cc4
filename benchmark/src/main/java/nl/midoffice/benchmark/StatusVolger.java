package nl.midoffice.benchmark;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows every aanvraag to its first back-office status through the mid-office's public notifications: the
 * CloudEvents on the topic {@code midoffice.aanvragen.status-gewijzigd}, read over the broker's TCP acceptor as any
 * subscriber would. An aanvraag counts as done at the first status a back office gave it (GEREGISTREERD, or
 * AFGEWEZEN / IN_BEHANDELING / AFGEHANDELD); its time is the event's {@code time}, when the mid-office applied it.
 */
final class StatusVolger implements AutoCloseable {

    static final String TOPIC = "midoffice.aanvragen.status-gewijzigd";
    private static final Set<String> BACKOFFICE_STATUSSEN = Set.of("GEREGISTREERD", "AFGEWEZEN", "IN_BEHANDELING",
            "AFGEHANDELD");

    /** When the mid-office applied the first back-office status, and when this subscriber saw it. */
    record Klaar(Instant toegepast, Instant gezien, String status) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Klaar> klaar = new ConcurrentHashMap<>();
    private final AtomicLong events = new AtomicLong();
    private final Connection verbinding;

    StatusVolger(ActiveMQConnectionFactory broker) throws JMSException {
        verbinding = broker.createConnection();
        Session session = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
        session.createConsumer(session.createTopic(TOPIC)).setMessageListener(this::ontvang);
        verbinding.start();
    }

    private void ontvang(Message bericht) {
        try {
            Instant gezien = Instant.now();
            events.incrementAndGet();
            JsonNode event = json.readTree(((TextMessage) bericht).getText());
            String status = event.path("data").path("status").asString();
            if (BACKOFFICE_STATUSSEN.contains(status)) {
                klaar.putIfAbsent(event.path("data").path("aanvraagId").asString(),
                        new Klaar(Instant.parse(event.path("time").asString()), gezien, status));
            }
        } catch (JMSException | RuntimeException e) {
            System.err.println("[benchmark] unreadable status event: " + e.getMessage());
        }
    }

    Klaar klaar(String aanvraagId) {
        return klaar.get(aanvraagId);
    }

    /** How many of these aanvragen have their first back-office status. */
    long aantalKlaar(Collection<String> aanvraagIds) {
        return aanvraagIds.stream().filter(klaar::containsKey).count();
    }

    long events() {
        return events.get();
    }

    @Override
    public void close() throws JMSException {
        verbinding.close();
    }
}

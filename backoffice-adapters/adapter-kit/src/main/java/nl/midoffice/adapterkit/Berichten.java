package nl.midoffice.adapterkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.camel.ProducerTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;

/**
 * The kit's JMS side, standing in for the mid-office: sends commands as the mid-office does (JSON with ISO
 * timestamps, the aanvraag and correlation ids as JMS properties), receives everything adapters publish on the
 * result queues, asks questions with a reply-to, reads dead letters, and tells when queues are drained.
 */
public class Berichten implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final List<String> RESULTATEN = List.of(Queues.BACKOFFICE_RESULTATEN,
            Queues.PERSOONSGEGEVENS_RESULTATEN);

    private final JmsTemplate jms;
    private final ProducerTemplate camel;
    private final ActiveMQServer broker;
    private final List<OntvangenBericht> ontvangen = new CopyOnWriteArrayList<>();
    private final List<DefaultMessageListenerContainer> ontvangers = new ArrayList<>();

    Berichten(ConnectionFactory connectionFactory, ProducerTemplate camel, ActiveMQServer broker) {
        this.jms = new JmsTemplate(connectionFactory);
        this.camel = camel;
        this.broker = broker;
        for (String queue : RESULTATEN) {
            var ontvanger = new DefaultMessageListenerContainer();
            ontvanger.setConnectionFactory(connectionFactory);
            ontvanger.setDestinationName(queue);
            // acknowledged after the listener kept it: a drained queue means every result is in the list
            ontvanger.setSessionAcknowledgeMode(jakarta.jms.Session.CLIENT_ACKNOWLEDGE);
            ontvanger.setMessageListener((jakarta.jms.MessageListener) bericht -> ontvangen.add(lees(queue, bericht)));
            ontvanger.afterPropertiesSet();
            ontvanger.start();
            ontvangers.add(ontvanger);
        }
    }

    /** Sends a command (a record of {@code contracts}) as the mid-office does; no duplicate detection header. */
    public void stuur(String queue, Object opdracht, Kenmerken kenmerken) {
        String body = alsJson(opdracht);
        jms.send(queue, sessie -> opdrachtBericht(sessie.createTextMessage(body), kenmerken));
    }

    /**
     * Asks a question with a JMS reply-to and waits for the reply, as the mid-office prefills a form: Camel
     * request-reply, which matches the reply by its JMSCorrelationID.
     */
    public OntvangenBericht vraag(String queue, Object vraag, Kenmerken kenmerken, Duration wachttijd) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(Headers.JMS_CORRELATION_ID, kenmerken.correlationId());
        headers.put(Headers.JMS_MESSAGE_ID, kenmerken.messageId());
        if (kenmerken.aanvraagId() != null) {
            headers.put(Headers.JMS_AANVRAAG_ID, kenmerken.aanvraagId());
        }
        String antwoord = camel.requestBodyAndHeaders("jms:queue:" + queue + "?requestTimeout=" + wachttijd.toMillis(),
                alsJson(vraag), headers, String.class);
        try {
            return new OntvangenBericht("JMSReplyTo", JSON.readTree(antwoord), Map.of());
        } catch (JsonProcessingException e) {
            throw new AssertionError("the reply is no JSON", e);
        }
    }

    /** Everything adapters published on the result queues about this aanvraag, in arrival order. */
    public List<OntvangenBericht> over(String aanvraagId) {
        return ontvangen.stream().filter(b -> Objects.equals(aanvraagId, b.aanvraagId())).toList();
    }

    /** The dead letters of a queue ({@code DLQ.<queue>}) about this aanvraag. */
    public List<OntvangenBericht> deadLetters(String queue, String aanvraagId) {
        String dlq = Queues.deadLetterQueueOf(queue);
        if (broker.locateQueue(SimpleString.of(dlq)) == null) {
            return List.of();
        }
        List<OntvangenBericht> gevonden = new ArrayList<>();
        jms.browse(dlq, (sessie, browser) -> {
            for (Enumeration<?> e = browser.getEnumeration(); e.hasMoreElements();) {
                var bericht = lees(dlq, (Message) e.nextElement());
                if (Objects.equals(aanvraagId, bericht.aanvraagId())) {
                    gevonden.add(bericht);
                }
            }
            return null;
        });
        return gevonden;
    }

    /** Messages on a queue, counting those being delivered and those waiting for a redelivery. */
    public long aantalOp(String queue) {
        Queue q = broker.locateQueue(SimpleString.of(queue));
        return q == null ? 0 : q.getMessageCount();
    }

    /** True when the queue and the result queues hold nothing: every delivery is done, every result received. */
    public boolean verwerkt(String queue) {
        return aantalOp(queue) == 0 && RESULTATEN.stream().allMatch(q -> aantalOp(q) == 0);
    }

    @Override
    public void close() {
        ontvangers.forEach(DefaultMessageListenerContainer::shutdown);
    }

    static String alsJson(Object bericht) {
        try {
            return JSON.writeValueAsString(bericht);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON message: " + bericht.getClass().getName(), e);
        }
    }

    private static Message opdrachtBericht(TextMessage bericht, Kenmerken kenmerken) throws JMSException {
        if (kenmerken.aanvraagId() != null) {
            bericht.setStringProperty(Headers.JMS_AANVRAAG_ID, kenmerken.aanvraagId());
        }
        bericht.setStringProperty(Headers.JMS_CORRELATION_ID, kenmerken.correlationId());
        bericht.setStringProperty(Headers.JMS_MESSAGE_ID, kenmerken.messageId());
        return bericht;
    }

    private static OntvangenBericht lees(String queue, Message bericht) {
        try {
            Map<String, Object> eigenschappen = new LinkedHashMap<>();
            for (Object naam : Collections.list(bericht.getPropertyNames())) {
                eigenschappen.put((String) naam, bericht.getObjectProperty((String) naam));
            }
            String body = bericht instanceof TextMessage tekst ? tekst.getText() : bericht.getBody(String.class);
            return new OntvangenBericht(queue, JSON.readTree(body), eigenschappen);
        } catch (JMSException | JsonProcessingException e) {
            throw new IllegalStateException("unreadable message on " + queue, e);
        }
    }
}

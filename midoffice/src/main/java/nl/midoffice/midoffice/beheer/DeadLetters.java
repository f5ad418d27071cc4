package nl.midoffice.midoffice.beheer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Service;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import nl.midoffice.camel.BetrouwbareAflevering;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;

/**
 * The dead-letter queues for the administrator: look, send back to where a message came from, or discard.
 * Moving a message is one local JMS transaction (take from the DLQ, send to the queue), so it is never lost
 * nor doubled.
 */
@Service
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    /**
     * Nine digits standing on their own, as a BSN stands in JSON or XML; not nine digits inside a longer token
     * such as a UUID ({@code ...-4f1c-123456789abc}), which the administrator needs to see whole.
     */
    private static final Pattern BSN = Pattern.compile("(?<![0-9A-Za-z-])[0-9]{9}(?![0-9A-Za-z-])");

    private final JmsTemplate jms;

    DeadLetters(ConnectionFactory connectionFactory) {
        this.jms = new JmsTemplate(connectionFactory);
        // taking a message from the DLQ and sending it back commit together
        this.jms.setSessionTransacted(true);
    }

    public record DeadLetter(String id, String queue, String herkomst, String reden, String tijdstip,
            String aanvraagId, String correlationId, String inhoud) {
    }

    public List<DeadLetter> alle() {
        List<DeadLetter> alle = new ArrayList<>();
        for (String queue : Queues.MET_DEAD_LETTERS) {
            String dlq = Queues.deadLetterQueueOf(queue);
            jms.browse(dlq, (session, browser) -> {
                var berichten = browser.getEnumeration();
                while (berichten.hasMoreElements()) {
                    alle.add(alsDeadLetter(dlq, (Message) berichten.nextElement()));
                }
                return null;
            });
        }
        return alle;
    }

    public Optional<DeadLetter> vind(String id) {
        return alle().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Sends the message back to the queue it came from; false when there is no such dead letter. */
    public boolean opnieuw(String id, String door) {
        return verplaats(id, door, true);
    }

    public boolean verwijder(String id, String door) {
        return verplaats(id, door, false);
    }

    private boolean verplaats(String id, String door, boolean terug) {
        Optional<DeadLetter> gevonden = vind(id);
        if (gevonden.isEmpty()) {
            return false;
        }
        DeadLetter deadLetter = gevonden.get();
        Boolean gedaan = jms.execute(session -> {
            try (MessageConsumer consumer = session.createConsumer(session.createQueue(deadLetter.queue()),
                    "JMSMessageID = '" + id.replace("'", "''") + "'")) {
                Message bericht = consumer.receive(5_000);
                if (bericht == null) {
                    session.rollback();
                    return false;
                }
                if (terug) {
                    stuurTerug(session, bericht, deadLetter.herkomst());
                }
                session.commit();
                return true;
            }
        }, true);
        if (Boolean.TRUE.equals(gedaan)) {
            log.info("Dead letter {} of aanvraag {} {} by {}", id, deadLetter.aanvraagId(),
                    terug ? "sent back to " + deadLetter.herkomst() : "discarded", door);
        }
        return Boolean.TRUE.equals(gedaan);
    }

    private static void stuurTerug(Session session, Message bericht, String herkomst) throws JMSException {
        TextMessage kopie = session.createTextMessage(((TextMessage) bericht).getText());
        var namen = bericht.getPropertyNames();
        while (namen.hasMoreElements()) {
            String naam = (String) namen.nextElement();
            if (naam.startsWith("midofficeDeadLetter") || naam.startsWith("JMSX") || naam.startsWith("_AMQ")) {
                continue;
            }
            kopie.setObjectProperty(naam, bericht.getObjectProperty(naam));
        }
        try (var producer = session.createProducer(session.createQueue(herkomst))) {
            producer.send(kopie);
        }
    }

    private static DeadLetter alsDeadLetter(String dlq, Message m) throws JMSException {
        String herkomst = m.getStringProperty(BetrouwbareAflevering.HERKOMST);
        if (herkomst == null) {
            herkomst = dlq.substring(Queues.DEAD_LETTER_PREFIX.length());
        }
        String inhoud = m instanceof TextMessage t ? zonderBsn(String.valueOf(t.getText())) : "(geen tekstbericht)";
        return new DeadLetter(m.getJMSMessageID(), dlq, herkomst, m.getStringProperty(Headers.JMS_DEAD_LETTER_REASON),
                m.getStringProperty(BetrouwbareAflevering.TIJDSTIP), m.getStringProperty(Headers.JMS_AANVRAAG_ID),
                m.getStringProperty(Headers.JMS_CORRELATION_ID), inhoud);
    }

    static String zonderBsn(String inhoud) {
        return BSN.matcher(inhoud).replaceAll("*********");
    }
}

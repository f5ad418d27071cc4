package nl.midoffice.camel;

import java.time.Instant;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.BackofficeResultaat;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;

/**
 * While a back office is unreachable, tells the mid-office that the aanvraag is VERTRAAGD. It must get
 * out although the delivery's transaction rolls back, so it is sent on a JMS component outside that
 * transaction ({@value #COMPONENT}). Sent on the first failure of each broker delivery; the mid-office
 * applies it only once.
 */
public class VertraagdMelder implements Processor {

    /** Exchange property a route sets to what the message is about: the {@link Betreft} of its aanvraag. */
    public static final String BETREFT = "midofficeBetreft";
    /** Exchange property with the broker's delivery count, kept because routes clear headers before HTTP calls. */
    public static final String AFLEVERINGEN = "midofficeAfleveringen";
    public static final String COMPONENT = "jmsbuitentransactie";

    /**
     * Which aanvraag a message is about, which back office it waits for and for what. A shadow call's delay is
     * reported with {@code schaduw} set, so the mid-office never shows it to the citizen.
     */
    public record Betreft(String aanvraagId, String correlationId, String systeem, Capability capability,
            boolean schaduw) {
    }

    private final ProducerTemplate producer;
    private final ObjectMapper json;

    public VertraagdMelder(ProducerTemplate producer, ObjectMapper json) {
        this.producer = producer;
        this.json = json;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Betreft betreft = exchange.getProperty(BETREFT, Betreft.class);
        // Camel counts the failure before it calls us: 1 on the first failure of this delivery
        boolean eersteFout = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class) <= 1;
        if (betreft == null || betreft.aanvraagId() == null || !eersteFout) {
            return;
        }
        var resultaat = new BackofficeResultaat(UUID.randomUUID().toString(), betreft.correlationId(),
                betreft.aanvraagId(), betreft.systeem(), betreft.capability(), AanvraagStatus.VERTRAAGD, null,
                "De verwerking duurt langer: " + betreft.systeem() + " is tijdelijk niet bereikbaar.", Instant.now(),
                betreft.schaduw());
        var headers = new java.util.HashMap<String, Object>();
        headers.put(Headers.JMS_AANVRAAG_ID, betreft.aanvraagId());
        if (betreft.correlationId() != null) {
            headers.put(Headers.JMS_CORRELATION_ID, betreft.correlationId());
        }
        producer.sendBodyAndHeaders(COMPONENT + ":queue:" + Queues.BACKOFFICE_RESULTATEN,
                json.writeValueAsString(resultaat), headers);
    }
}

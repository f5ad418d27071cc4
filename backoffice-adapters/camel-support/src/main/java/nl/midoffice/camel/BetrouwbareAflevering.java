package nl.midoffice.camel;

import java.time.Instant;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.component.jms.JmsConstants;
import org.apache.camel.component.jms.JmsEndpoint;
import org.apache.camel.component.jms.JmsMessage;
import org.apache.camel.support.DefaultMessage;
import org.slf4j.MDC;

import com.fasterxml.jackson.core.JacksonException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Queues;
import nl.midoffice.log.LogTekst;

/**
 * The error handling every transacted queue consumer opts into ({@code .routeConfigurationId(ID)}):
 * <ul>
 * <li>a poison message ({@link OnverwerkbaarBericht}, unreadable JSON) goes to {@code DLQ.<queue>} at once;</li>
 * <li>while another copy of the same question is being asked ({@link EenmaalGevraagd}) the message is looked at
 * again in process, then goes back to the broker;</li>
 * <li>while a back office is known to be down ({@link BackofficeOnbereikbaar}, its circuit breaker open) the message
 * goes straight back;</li>
 * <li>a technical failure is retried in process with exponential backoff; then the transaction rolls back
 * and the broker redelivers it later with its own backoff; meanwhile the aanvraag reads VERTRAAGD
 * ({@link VertraagdMelder});</li>
 * <li>on the last broker delivery the message goes to {@code DLQ.<queue>} with the cause.</li>
 * </ul>
 * The move to the dead-letter queue happens in the consumer's transaction, so nothing is lost or doubled.
 */
public class BetrouwbareAflevering extends RouteConfigurationBuilder {

    public static final String ID = "betrouwbare-aflevering";
    /** JMS property on a dead letter: the queue it came from. */
    public static final String HERKOMST = "midofficeDeadLetterQueue";
    /** Exchange property: the aanvraag the message is about, kept from the JMS property. */
    public static final String AANVRAAG_ID = "midofficeAanvraag";
    /** The MDC key under which log lines carry the correlation id. */
    public static final String MDC_CORRELATION_ID = "correlationId";
    /** JMS property on a dead letter: when it was moved there. */
    public static final String TIJDSTIP = "midofficeDeadLetterTijdstip";
    /** Exchange property: the dead-letter queue of the queue the message came from. */
    static final String DEAD_LETTER_QUEUE_NAAM = "midofficeDeadLetterBestemming";
    /**
     * Where a dead letter goes: {@code DLQ.<queue>}, named explicitly: an endpoint of its own per dead-letter queue
     * (not optimised into one endpoint whose destination a header rewrites), as route model and JMX show it.
     */
    static final String DEAD_LETTER_QUEUE = "jms:queue:${exchangeProperty." + DEAD_LETTER_QUEUE_NAAM + "}";

    private final AfleveringProperties properties;
    private final VertraagdMelder vertraagd;

    public BetrouwbareAflevering(AfleveringProperties properties, VertraagdMelder vertraagd) {
        this.properties = properties;
        this.vertraagd = vertraagd;
    }

    @Override
    public void configuration() {
        routeConfiguration(ID)
                // routes clear headers before HTTP calls: keep what the decisions below and the trace need
                .interceptFrom()
                    .process(BetrouwbareAflevering::losVanJms)
                    .setProperty(VertraagdMelder.AFLEVERINGEN, header("JMSXDeliveryCount"))
                    .setProperty(AANVRAAG_ID, header(Headers.JMS_AANVRAAG_ID))
                    .process(BetrouwbareAflevering::correlatieInLogs)
                .end()
                .onException(OnverwerkbaarBericht.class, JacksonException.class)
                    .handled(true)
                    .useOriginalMessage()
                    .process(BetrouwbareAflevering::naarDeadLetterQueue)
                    .log(LoggingLevel.WARN, "Poison message ${header.JMSMessageID} moved to " + DEAD_LETTER_QUEUE
                            + ": ${exception.message}")
                    .toD().uri(DEAD_LETTER_QUEUE).allowOptimisedComponents(false).end()
                .end()
                // the back office's circuit breaker is open (Opdrachtroute.aanroep)
                .onException(BackofficeOnbereikbaar.class, CallNotPermittedException.class)
                    .onWhen(e -> afleveringen(e) < properties.maxDeliveries())
                    .maximumRedeliveries(0)
                    .logStackTrace(false).logExhausted(false).logExhaustedMessageHistory(false)
                    .onExceptionOccurred(vertraagd)
                    .handled(false)
                .end()
                // another copy of the same question is being asked (EenmaalGevraagd): look again in a moment, then
                // hand the message back; nothing is wrong with the system, so no VERTRAAGD
                .onException(EenmaalGevraagd.NogInBehandeling.class)
                    .onWhen(e -> afleveringen(e) < properties.maxDeliveries())
                    .maximumRedeliveries(properties.redeliveries() + 2)
                    .redeliveryDelay(properties.redeliveryDelay().toMillis())
                    .useExponentialBackOff().backOffMultiplier(2)
                    .retryAttemptedLogLevel(LoggingLevel.INFO)
                    .logStackTrace(false).logRetryStackTrace(false)
                    .logExhausted(false).logExhaustedMessageHistory(false)
                    .handled(false)
                .end()
                .onException(Exception.class)
                    .onWhen(e -> afleveringen(e) >= properties.maxDeliveries())
                    .maximumRedeliveries(properties.redeliveries())
                    .redeliveryDelay(properties.redeliveryDelay().toMillis())
                    .useExponentialBackOff().backOffMultiplier(2)
                    .logStackTrace(false).logRetryStackTrace(false)
                    .handled(true)
                    .useOriginalMessage()
                    .process(BetrouwbareAflevering::naarDeadLetterQueue)
                    .log(LoggingLevel.ERROR, "Message ${header.JMSMessageID} gave up after " + properties.maxDeliveries()
                            + " deliveries, moved to " + DEAD_LETTER_QUEUE + ": ${exception.message}")
                    .toD().uri(DEAD_LETTER_QUEUE).allowOptimisedComponents(false).end()
                .end()
                .onException(Exception.class)
                    .maximumRedeliveries(properties.redeliveries())
                    .redeliveryDelay(properties.redeliveryDelay().toMillis())
                    .useExponentialBackOff().backOffMultiplier(2)
                    .retryAttemptedLogLevel(LoggingLevel.WARN)
                    .logStackTrace(false).logRetryStackTrace(false).logExhaustedMessageBody(false)
                    // not exhausted, only handed back to the broker for a later delivery: the retry line says enough
                    .logExhausted(false).logExhaustedMessageHistory(false)
                    .onExceptionOccurred(vertraagd)
                    .handled(false);
    }

    /**
     * Goes on with a plain message of the same body and headers. Camel (4.22) builds every copy of a received
     * {@link JmsMessage} without its JMS message and then asks that absent message whether it was redelivered: a
     * NullPointerException created and caught per copy, and with redeliveries enabled the error handler copies the
     * exchange before every step. JFR put a fifth of the mid-office's CPU there. A plain message copies cheaply; the
     * consumer's transaction is bound to its thread, not to the message, and dead letters keep the original message.
     */
    static void losVanJms(Exchange exchange) {
        if (exchange.getIn() instanceof JmsMessage jms) {
            Message los = new DefaultMessage(exchange);
            los.copyFrom(jms);
            exchange.setIn(los);
        }
    }

    /** The correlation id of the message in every log line written while handling it (never a BSN). */
    static void correlatieInLogs(Exchange exchange) {
        String correlationId = exchange.getMessage().getHeader(Headers.JMS_CORRELATION_ID, String.class);
        if (correlationId != null) {
            MDC.put(MDC_CORRELATION_ID, LogTekst.veilig(correlationId));
        } else {
            MDC.remove(MDC_CORRELATION_ID);
        }
    }

    /** How often the broker has delivered the message being handled (1 on the first delivery). */
    static int afleveringen(Exchange exchange) {
        Integer aantal = exchange.getProperty(VertraagdMelder.AFLEVERINGEN, Integer.class);
        return aantal != null ? aantal : exchange.getMessage().getHeader("JMSXDeliveryCount", 1, Integer.class);
    }

    /** Keeps the original message and says where it came from and why it could not be processed. */
    static void naarDeadLetterQueue(Exchange exchange) {
        String herkomst = exchange.getFromEndpoint() instanceof JmsEndpoint jms ? jms.getDestinationName() : "onbekend";
        Exception oorzaak = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        var bericht = exchange.getMessage();
        bericht.setHeader(Headers.JMS_DEAD_LETTER_REASON, oorzaak == null ? "onbekend"
                : oorzaak.getClass().getSimpleName() + ": " + oorzaak.getMessage());
        bericht.setHeader(HERKOMST, herkomst);
        bericht.setHeader(TIJDSTIP, Instant.now().toString());
        bericht.removeHeader(JmsConstants.JMS_DESTINATION_NAME);
        exchange.setProperty(DEAD_LETTER_QUEUE_NAAM, Queues.deadLetterQueueOf(herkomst));
    }
}

package nl.midoffice.camel;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Expression;
import org.apache.camel.Processor;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A route step that lets a question (a lookup of personal data) be asked once per messageId, without ever
 * swallowing a message nobody answered. Put it right after {@link Opdrachtroute#consumeer}; it keeps the last
 * {@code capaciteit} messageIds in memory (at least once across restarts).
 * <p>
 * Camel's {@code idempotentConsumer} with an eager repository knows one state, "seen": a copy that arrives while the
 * first is still being handled is acknowledged as a duplicate, and when that first try then fails (its key removed,
 * its transaction rolled back) nobody answers at all. That happens when the broker dies in the middle: it gives the
 * unacknowledged message to a new consumer while the first try still hangs on its dead session. This step tells
 * the cases apart by the JMS message that claimed the messageId:
 * <ul>
 * <li>a copy whose claimer <em>finished</em> is a duplicate: it ends here and is acknowledged;</li>
 * <li>a copy whose claimer is <em>still running</em> throws {@link NogInBehandeling}: {@link BetrouwbareAflevering}
 * tries this step again a few times in process, then hands the message back to the broker for a later delivery;</li>
 * <li>a redelivery of the claiming JMS message itself is asked again: the broker only redelivers what was not
 * acknowledged, so whatever the earlier handling did was rolled back (its answer included);</li>
 * <li>a claimer that fails gives its claim up, so the next copy asks.</li>
 * </ul>
 * A claimer counts as finished when its exchange completes, just before its transaction commits. Should that commit
 * fail, its own message is redelivered (a redelivery of the claimer, so asked again): a copy acknowledged in between
 * loses nothing.
 */
public final class EenmaalGevraagd implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(EenmaalGevraagd.class);
    private static final String JMS_MESSAGE_ID = "JMSMessageID";

    private final Expression sleutel;
    private final Map<String, Claim> claims;

    /** @param sleutel the messageId of the question, e.g. {@code simple("${body.messageId}")} */
    public EenmaalGevraagd(Expression sleutel, int capaciteit) {
        this.sleutel = sleutel;
        this.claims = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Claim> oudste) {
                return size() > capaciteit;
            }
        };
    }

    @Override
    public void process(Exchange exchange) {
        String messageId = sleutel.evaluate(exchange, String.class);
        String jmsMessageId = exchange.getMessage().getHeader(JMS_MESSAGE_ID, String.class);
        Claim eigen = new Claim(jmsMessageId, exchange.getExchangeId(), false);
        synchronized (claims) {
            Claim bestaand = claims.get(messageId);
            if (bestaand != null && !bestaand.zelfdeBericht(jmsMessageId)) {
                if (bestaand.klaar()) {
                    LOG.info("Question {} already answered (JMS message {}): duplicate {} acknowledged", messageId,
                            bestaand.jmsMessageId(), jmsMessageId);
                    exchange.setRouteStop(true);
                    return;
                }
                throw new NogInBehandeling(messageId, bestaand.jmsMessageId());
            }
            claims.put(messageId, eigen);
        }
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange klaar) {
                vervang(messageId, eigen, new Claim(eigen.jmsMessageId(), eigen.exchangeId(), true));
            }

            @Override
            public void onFailure(Exchange mislukt) {
                vervang(messageId, eigen, null);
            }
        });
    }

    /** Replaces the claim only while it is still this exchange's: a redelivery may have claimed it since. */
    private void vervang(String messageId, Claim eigen, Claim nieuw) {
        synchronized (claims) {
            if (eigen.equals(claims.get(messageId))) {
                if (nieuw == null) {
                    claims.remove(messageId);
                } else {
                    claims.put(messageId, nieuw);
                }
            }
        }
    }

    /** Who asked a question, and whether that exchange finished. */
    private record Claim(String jmsMessageId, String exchangeId, boolean klaar) {

        boolean zelfdeBericht(String anderJmsMessageId) {
            return jmsMessageId != null && jmsMessageId.equals(anderJmsMessageId);
        }
    }

    /**
     * Another copy of the question is being asked right now; this copy waits for its outcome (tried again in
     * process, then redelivered by the broker). Not a failure of the system: reports no VERTRAAGD.
     */
    public static final class NogInBehandeling extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NogInBehandeling(String messageId, String jmsMessageId) {
            super("question " + messageId + " is being asked by JMS message " + jmsMessageId
                    + "; this copy waits for its outcome", null, false, false);
        }
    }
}

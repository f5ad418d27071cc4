package nl.midoffice.broker;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.activemq.artemis.api.core.client.FailoverEventType;
import org.apache.activemq.artemis.jms.client.ActiveMQConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.connection.CachingConnectionFactory;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;

/**
 * Boot's caching connection factory, saying what happens to its connection: once per loss that the broker went
 * away, and once it is back that the connection was restored and how long that took, the lines an operator (and
 * BrokerCrashIT) looks for. Either way of coming back ({@link HerverbindenProperties}) logs the same two lines:
 * <ul>
 * <li>Spring rebuilds (default): the exception listener reports the loss and drops the connection; the next
 * connection made, once the broker is back, reports the return of the one lost;</li>
 * <li>the Artemis client fails over by itself: its failover listener reports both, and its notice to the exception
 * listener after it <em>has</em> reconnected (error code {@code FAILOVER}) does not make Spring throw the restored
 * connection away.</li>
 * </ul>
 */
class VerbindingsMelder extends CachingConnectionFactory {

    /** The start of the line logged when a connection is restored; tests count it. */
    static final String HERSTELD = "JMS connection restored";
    static final String VERLOREN = "JMS connection lost";

    private static final Logger log = LoggerFactory.getLogger(VerbindingsMelder.class);
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    private final HerverbindenProperties herverbinden;
    /** The connection in use, and, after it was lost, which one and since when. */
    private volatile String huidige;
    private volatile String verloren;
    private volatile long verlorenOp;

    VerbindingsMelder(ConnectionFactory artemis, HerverbindenProperties herverbinden) {
        super(artemis);
        this.herverbinden = herverbinden;
    }

    /** A copy of Boot's factory with the cache settings Boot gives it ({@code spring.jms.cache.*}). */
    static VerbindingsMelder van(CachingConnectionFactory boot, HerverbindenProperties herverbinden) {
        var melder = new VerbindingsMelder(boot.getTargetConnectionFactory(), herverbinden);
        melder.setCacheConsumers(boot.isCacheConsumers());
        melder.setCacheProducers(boot.isCacheProducers());
        melder.setSessionCacheSize(boot.getSessionCacheSize());
        return melder;
    }

    @Override
    protected void prepareConnection(Connection connection) throws JMSException {
        super.prepareConnection(connection);
        String naam = "#" + VOLGNUMMER.incrementAndGet();
        synchronized (this) {
            if (verloren != null) {
                log.info("{} {} after {} ms (now {})", HERSTELD, verloren, (System.nanoTime() - verlorenOp) / 1_000_000,
                        naam);
                verloren = null;
            }
            huidige = naam;
        }
        if (connection instanceof ActiveMQConnection artemis && herverbinden.attempts() != 0) {
            AtomicLong sinds = new AtomicLong();
            artemis.setFailoverListener(gebeurtenis -> meld(naam, gebeurtenis, sinds));
        }
    }

    @Override
    public void onException(JMSException ex) {
        if (ActiveMQConnection.EXCEPTION_FAILOVER.equals(ex.getErrorCode())) {
            return; // reconnected: the connection and its sessions work, nothing to reset
        }
        synchronized (this) {
            if (huidige != null && herverbinden.attempts() == 0) {
                verloren = huidige;
                verlorenOp = System.nanoTime();
                huidige = null;
                log.warn("{} {} to the broker ({}); listeners reconnect on their recovery interval", VERLOREN,
                        verloren, ex.getMessage());
            }
        }
        super.onException(ex);
    }

    private void meld(String naam, FailoverEventType gebeurtenis, AtomicLong verlorenOp) {
        switch (gebeurtenis) {
            case FAILURE_DETECTED -> {
                verlorenOp.set(System.nanoTime());
                log.warn("{} {} to the broker; reconnecting every {} ms", VERLOREN, naam,
                        herverbinden.interval().toMillis());
            }
            case FAILOVER_COMPLETED -> log.info("{} {} after {} ms", HERSTELD, naam,
                    (System.nanoTime() - verlorenOp.get()) / 1_000_000);
            case FAILOVER_FAILED -> log.error("JMS connection {} to the broker could not be restored", naam);
        }
    }
}

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
 * Boot's caching connection factory, with two differences for a client that reconnects by itself:
 * <ul>
 * <li>each connection logs, once per loss, that the broker went away and, once it is back, that the connection
 * was restored and how long that took: the lines an operator (and BrokerCrashIT) looks for;</li>
 * <li>the notice Artemis sends to the exception listener after it <em>has</em> reconnected (error code
 * {@code FAILOVER}) does not make Spring throw the restored connection away. Spring would otherwise close every
 * session of it, and each listener container would find out through a failed receive and wait its recovery
 * interval (5 s) before it consumed again. A connection that could not be restored still resets as before.</li>
 * </ul>
 */
class VerbindingsMelder extends CachingConnectionFactory {

    /** The start of the line logged when a connection is restored; tests count it. */
    static final String HERSTELD = "JMS connection restored";
    static final String VERLOREN = "JMS connection lost";

    private static final Logger log = LoggerFactory.getLogger(VerbindingsMelder.class);
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    private final HerverbindenProperties herverbinden;

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
        if (connection instanceof ActiveMQConnection artemis) {
            String naam = "#" + VOLGNUMMER.incrementAndGet();
            AtomicLong verlorenOp = new AtomicLong();
            artemis.setFailoverListener(gebeurtenis -> meld(naam, gebeurtenis, verlorenOp));
        }
    }

    @Override
    public void onException(JMSException ex) {
        if (ActiveMQConnection.EXCEPTION_FAILOVER.equals(ex.getErrorCode())) {
            return; // reconnected: the connection and its sessions work, nothing to reset
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

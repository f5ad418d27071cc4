package nl.midoffice.broker;

import java.util.Arrays;

import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jms.connection.CachingConnectionFactory;

/**
 * Sets up every Artemis connection factory of the process (also the one inside Boot's caching factory):
 * <ul>
 * <li>consumers take one message at a time ({@code consumerWindowSize=0}) instead of buffering a megabyte: a
 * transacted consumer that rolls back hands its whole buffer back, which, while a back office is down, starves the
 * newest messages (never tried, so never VERTRAAGD) and sends the oldest to the DLQ first;</li>
 * <li>over TCP, each connection logs its loss and its return once ({@link VerbindingsMelder}); how it comes back is
 * {@link HerverbindenProperties}. An in-VM connection dies with its broker, so it is left alone.</li>
 * </ul>
 */
class ArtemisClient implements BeanPostProcessor {

    private final HerverbindenProperties herverbinden;

    ArtemisClient(HerverbindenProperties herverbinden) {
        this.herverbinden = herverbinden;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof CachingConnectionFactory caching
                && caching.getTargetConnectionFactory() instanceof ActiveMQConnectionFactory artemis) {
            stelIn(artemis);
            if (overTcp(artemis) && !(caching instanceof VerbindingsMelder)) {
                return VerbindingsMelder.van(caching, herverbinden);
            }
        } else if (bean instanceof ActiveMQConnectionFactory artemis) {
            stelIn(artemis);
        }
        return bean;
    }

    private void stelIn(ActiveMQConnectionFactory artemis) {
        artemis.setConsumerWindowSize(0);
        if (overTcp(artemis) && herverbinden.attempts() != 0) {
            artemis.setReconnectAttempts(herverbinden.attempts());
            artemis.setRetryInterval(herverbinden.interval().toMillis());
            artemis.setRetryIntervalMultiplier(1.0);
            artemis.setMaxRetryInterval(herverbinden.interval().toMillis());
        }
    }

    static boolean overTcp(ActiveMQConnectionFactory artemis) {
        TransportConfiguration[] connectors = artemis.getStaticConnectors();
        return connectors != null && Arrays.stream(connectors)
                .noneMatch(c -> c.getFactoryClassName().contains("InVM"));
    }
}

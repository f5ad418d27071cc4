package nl.midoffice.midoffice.infra;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Consumers take one message at a time instead of buffering a megabyte of them. A transacted consumer
 * that rolls back hands its whole buffer back to the queue; while a back office is down that starves the
 * newest messages (they are never tried, so never marked VERTRAAGD) and sends the oldest to the DLQ first.
 * Boot has no property for it; a standalone broker URL can say {@code ?consumerWindowSize=0} itself.
 */
@Component
class ConsumerWindow implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Object factory = bean instanceof CachingConnectionFactory caching ? caching.getTargetConnectionFactory() : bean;
        if (factory instanceof ActiveMQConnectionFactory artemis) {
            artemis.setConsumerWindowSize(0);
        }
        return bean;
    }
}

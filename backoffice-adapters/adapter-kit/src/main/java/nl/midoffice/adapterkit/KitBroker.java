package nl.midoffice.adapterkit;

import java.time.Duration;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.CachingConnectionFactory;

import nl.midoffice.contracts.Queues;

/**
 * The embedded Artemis as the mid-office sets it up ({@code midoffice/.../infra/BrokerConfiguration} and
 * {@code ConsumerWindow}): redelivery with exponential backoff, at most {@value #MAX_DELIVERY_ATTEMPTS}
 * deliveries, then {@code DLQ.<queue>}; consumers take one message at a time. Only the delays are shorter than
 * the mid-office's (2 s up to 1 min), so that an outage in a test lasts seconds; the journal is in memory.
 */
@Configuration(proxyBeanMethods = false)
class KitBroker {

    static final Duration REDELIVERY_DELAY = Duration.ofMillis(500);
    static final Duration MAX_REDELIVERY_DELAY = Duration.ofSeconds(5);
    /** The mid-office's {@code midoffice.broker.max-delivery-attempts}. */
    static final int MAX_DELIVERY_ATTEMPTS = 40;

    @Bean
    ArtemisConfigurationCustomizer adapterKitBroker() {
        return configuration -> configuration.addAddressSetting("#", new AddressSettings()
                .setRedeliveryDelay(REDELIVERY_DELAY.toMillis())
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(MAX_REDELIVERY_DELAY.toMillis())
                .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                .setDeadLetterAddress(SimpleString.of("DLA"))
                .setAutoCreateDeadLetterResources(true)
                .setDeadLetterQueuePrefix(SimpleString.of(Queues.DEAD_LETTER_PREFIX)));
    }

    /** Consumer window 0, as in the mid-office: a rolled-back delivery does not hand back a buffer of others. */
    @Bean
    static BeanPostProcessor adapterKitConsumerWindow() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                Object factory = bean instanceof CachingConnectionFactory caching ? caching.getTargetConnectionFactory()
                        : bean;
                if (factory instanceof ActiveMQConnectionFactory artemis) {
                    artemis.setConsumerWindowSize(0);
                }
                return bean;
            }
        };
    }
}

package nl.midoffice.midoffice.infra;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.midoffice.contracts.Queues;

/**
 * Tunes the embedded Artemis broker: a TCP acceptor beside the in-VM one, a journal flush timeout that
 * does not cap persistent throughput (Boot offers no property for it), and redelivery with exponential
 * backoff ending in {@code DLQ.<queue>}. A standalone broker gets the same settings in its broker.xml.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BrokerProperties.class)
class BrokerConfiguration {

    /** What {@code artemis create} measures on a typical disk; Boot's default caps throughput near 300 msg/s. */
    private static final int JOURNAL_BUFFER_TIMEOUT_NANOS = 160_000;

    @Bean
    ArtemisConfigurationCustomizer midofficeBrokerCustomizer(BrokerProperties broker) {
        return configuration -> {
            if (broker.tcpAcceptor() != null && !broker.tcpAcceptor().isBlank()) {
                try {
                    configuration.addAcceptorConfiguration("tcp", broker.tcpAcceptor());
                } catch (Exception e) {
                    throw new IllegalStateException("Invalid midoffice.broker.tcp-acceptor", e);
                }
            }
            configuration.setJournalBufferTimeout_AIO(JOURNAL_BUFFER_TIMEOUT_NANOS);
            configuration.setJournalBufferTimeout_NIO(JOURNAL_BUFFER_TIMEOUT_NANOS);
            configuration.addAddressSetting("#", new AddressSettings()
                    .setRedeliveryDelay(broker.redeliveryDelay().toMillis())
                    .setRedeliveryMultiplier(2.0)
                    .setMaxRedeliveryDelay(broker.maxRedeliveryDelay().toMillis())
                    .setMaxDeliveryAttempts(broker.maxDeliveryAttempts())
                    .setDeadLetterAddress(SimpleString.of("DLA"))
                    .setAutoCreateDeadLetterResources(true)
                    .setDeadLetterQueuePrefix(SimpleString.of(Queues.DEAD_LETTER_PREFIX)));
        };
    }
}

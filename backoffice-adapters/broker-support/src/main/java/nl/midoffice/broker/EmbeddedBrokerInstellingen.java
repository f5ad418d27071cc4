package nl.midoffice.broker;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;

/**
 * Gives an embedded broker what docker/broker.xml gives a standalone one: its address settings (redelivery with
 * exponential backoff, delivery attempts, dead letters to {@code DLQ.<queue>} on {@code DLA}, the expiry address),
 * its addresses and its journal buffer timeout (Boot's default caps persistent throughput near 300 msg/s), with the
 * overrides of {@link BrokerProperties} on the catch-all setting.
 */
class EmbeddedBrokerInstellingen implements ArtemisConfigurationCustomizer {

    static final String ALLES = "#";

    private final BrokerProperties overrides;

    EmbeddedBrokerInstellingen(BrokerProperties overrides) {
        this.overrides = overrides;
    }

    @Override
    public void customize(Configuration configuration) {
        Configuration bron = BrokerXml.lees();
        bron.getAddressSettings().forEach((match, instellingen) -> configuration.addAddressSetting(match,
                ALLES.equals(match) ? metOverrides(instellingen, overrides) : instellingen));
        bron.getAddressConfigurations().forEach(configuration::addAddressConfiguration);
        configuration.setJournalBufferTimeout_NIO(bron.getJournalBufferTimeout_NIO());
        configuration.setJournalBufferTimeout_AIO(bron.getJournalBufferTimeout_NIO());
    }

    static AddressSettings metOverrides(AddressSettings bron, BrokerProperties overrides) {
        AddressSettings instellingen = new AddressSettings();
        instellingen.merge(bron);
        if (overrides.redeliveryDelay() != null) {
            instellingen.setRedeliveryDelay(overrides.redeliveryDelay().toMillis());
        }
        if (overrides.maxRedeliveryDelay() != null) {
            instellingen.setMaxRedeliveryDelay(overrides.maxRedeliveryDelay().toMillis());
        }
        if (overrides.maxDeliveryAttempts() != null) {
            instellingen.setMaxDeliveryAttempts(overrides.maxDeliveryAttempts());
        }
        return instellingen;
    }
}

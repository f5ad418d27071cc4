package nl.midoffice.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.Test;

class EmbeddedBrokerInstellingenTest {

    private static final BrokerProperties GEEN = new BrokerProperties(null, null, null);

    @Test
    void anEmbeddedBrokerTakesTheAddressSettingsOfDockerBrokerXml() {
        Configuration embedded = new ConfigurationImpl();

        new EmbeddedBrokerInstellingen(GEEN).customize(embedded);

        AddressSettings alles = embedded.getAddressSettings().get("#");
        assertThat(alles.getRedeliveryDelay()).isEqualTo(2000);
        assertThat(alles.getRedeliveryMultiplier()).isEqualTo(2.0);
        assertThat(alles.getMaxRedeliveryDelay()).isEqualTo(60_000);
        assertThat(alles.getMaxDeliveryAttempts()).isEqualTo(40);
        assertThat(alles.getDeadLetterAddress().toString()).isEqualTo("DLA");
        assertThat(alles.isAutoCreateDeadLetterResources()).isTrue();
        assertThat(alles.getDeadLetterQueuePrefix().toString()).isEqualTo("DLQ.");
        assertThat(alles.getExpiryAddress().toString()).isEqualTo("ExpiryQueue");
        assertThat(embedded.getAddressSettings()).containsOnlyKeys(BrokerXml.lees().getAddressSettings().keySet());
        assertThat(embedded.getAddressConfigurations()).extracting(a -> a.getName())
                .containsExactlyInAnyOrder("DLQ", "ExpiryQueue");
        assertThat(embedded.getJournalBufferTimeout_NIO()).isEqualTo(160_000);
    }

    @Test
    void overridesChangeOnlyTheCatchAllSettingTheyName() {
        Configuration embedded = new ConfigurationImpl();

        new EmbeddedBrokerInstellingen(new BrokerProperties(Duration.ofMillis(500), Duration.ofSeconds(3), 100))
                .customize(embedded);

        AddressSettings alles = embedded.getAddressSettings().get("#");
        assertThat(alles.getRedeliveryDelay()).isEqualTo(500);
        assertThat(alles.getMaxRedeliveryDelay()).isEqualTo(3000);
        assertThat(alles.getMaxDeliveryAttempts()).isEqualTo(100);
        assertThat(alles.getRedeliveryMultiplier()).isEqualTo(2.0);
        assertThat(alles.getDeadLetterQueuePrefix().toString()).isEqualTo("DLQ.");
        assertThat(embedded.getAddressSettings().get("activemq.management#").getRedeliveryDelay()).isZero();
    }
}

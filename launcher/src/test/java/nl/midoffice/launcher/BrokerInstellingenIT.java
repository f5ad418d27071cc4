package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.midoffice.broker.BrokerXml;
import nl.midoffice.contracts.Queues;

/**
 * Issue 10: one source of the broker's settings. Whatever infrastructure the stack runs on (embedded, Testcontainers,
 * standalone), the running broker, asked through its management API, applies docker/broker.xml's redelivery,
 * dead-letter and expiry settings to the mid-office's queues, with only the three delays the stack tests shorten.
 */
@ExtendWith(StackExtension.class)
@Order(0)
class BrokerInstellingenIT {

    @Test
    void theRunningBrokerAppliesDockerBrokerXmlWithTheTestsOverridesOnly(TestStack stack) throws Exception {
        AddressSettings bron = BrokerXml.lees().getAddressSettings().get("#");
        Map<String, Object> verwacht = new LinkedHashMap<>();
        verwacht.put("redeliveryDelay", TestStack.BROKER.redeliveryDelay().toMillis());
        verwacht.put("redeliveryMultiplier", bron.getRedeliveryMultiplier());
        verwacht.put("maxRedeliveryDelay", TestStack.BROKER.maxRedeliveryDelay().toMillis());
        verwacht.put("maxDeliveryAttempts", TestStack.BROKER.maxDeliveryAttempts());
        verwacht.put("deadLetterAddress", bron.getDeadLetterAddress().toString());
        verwacht.put("autoCreateDeadLetterResources", bron.isAutoCreateDeadLetterResources());
        verwacht.put("deadLetterQueuePrefix", bron.getDeadLetterQueuePrefix().toString());
        verwacht.put("expiryAddress", bron.getExpiryAddress().toString());
        assertThat(verwacht).as("docker/broker.xml itself").containsEntry("deadLetterQueuePrefix",
                Queues.DEAD_LETTER_PREFIX);

        Map<String, Object> werkelijk = BrokerBeheer.adresInstellingen(stack.infrastructuur().broker(),
                Queues.LEGACY_SUITE_ZAAK_REGISTREREN);

        Map<String, Object> vergeleken = new LinkedHashMap<>();
        verwacht.keySet().forEach(k -> vergeleken.put(k, werkelijk.get(k)));
        System.out.printf("[BrokerInstellingenIT] %s: %s%n", stack.infrastructuur().beschrijving(), vergeleken);
        assertThat(vergeleken).as("the running broker's settings of %s", Queues.LEGACY_SUITE_ZAAK_REGISTREREN)
                .usingRecursiveComparison().withEqualsForType((a, b) -> a.doubleValue() == b.doubleValue(),
                        Number.class)
                .isEqualTo(verwacht);
    }
}

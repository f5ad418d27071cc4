package nl.midoffice.launcher;

import java.time.Duration;
import java.util.List;

/**
 * What the stack tests change of docker/broker.xml's catch-all address setting, once, for every infrastructure:
 * an embedded broker takes it as {@code midoffice.broker.*} (broker-support), an external one (Testcontainers,
 * standalone) as Artemis' own {@code etc/broker.properties}, which it applies over broker.xml.
 */
record BrokerOverrides(Duration redeliveryDelay, Duration maxRedeliveryDelay, int maxDeliveryAttempts) {

    /**
     * These settings, unless a long run gives others: {@code -Dstack.broker.redelivery-delay-ms},
     * {@code -Dstack.broker.max-redelivery-delay-ms}, {@code -Dstack.broker.max-delivery-attempts}.
     */
    BrokerOverrides metSysteemEigenschappen() {
        return new BrokerOverrides(
                Duration.ofMillis(Long.getLong("stack.broker.redelivery-delay-ms", redeliveryDelay.toMillis())),
                Duration.ofMillis(Long.getLong("stack.broker.max-redelivery-delay-ms", maxRedeliveryDelay.toMillis())),
                Integer.getInteger("stack.broker.max-delivery-attempts", maxDeliveryAttempts));
    }

    List<String> alsMidofficeArgumenten() {
        return List.of("--midoffice.broker.redelivery-delay=" + redeliveryDelay.toMillis() + "ms",
                "--midoffice.broker.max-redelivery-delay=" + maxRedeliveryDelay.toMillis() + "ms",
                "--midoffice.broker.max-delivery-attempts=" + maxDeliveryAttempts);
    }

    String alsBrokerProperties() {
        return """
                # the stack tests' overrides of docker/broker.xml (launcher TestStack)
                addressSettings."#".redeliveryDelay=%d
                addressSettings."#".maxRedeliveryDelay=%d
                addressSettings."#".maxDeliveryAttempts=%d
                """.formatted(redeliveryDelay.toMillis(), maxRedeliveryDelay.toMillis(), maxDeliveryAttempts);
    }
}

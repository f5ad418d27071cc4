package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The stack tests' broker overrides, said once, reach an embedded and an external broker alike. */
class BrokerOverridesTest {

    private final BrokerOverrides overrides = new BrokerOverrides(Duration.ofMillis(500), Duration.ofSeconds(3), 100);

    @Test
    void anEmbeddedBrokerGetsThemAsMidofficeProperties() {
        assertThat(overrides.alsMidofficeArgumenten()).containsExactly("--midoffice.broker.redelivery-delay=500ms",
                "--midoffice.broker.max-redelivery-delay=3000ms", "--midoffice.broker.max-delivery-attempts=100");
    }

    @Test
    void anExternalBrokerGetsThemAsArtemisBrokerProperties() {
        assertThat(overrides.alsBrokerProperties().lines().filter(r -> !r.startsWith("#")))
                .containsExactly("addressSettings.\"#\".redeliveryDelay=500",
                        "addressSettings.\"#\".maxRedeliveryDelay=3000",
                        "addressSettings.\"#\".maxDeliveryAttempts=100");
    }

    @Test
    void aLongRunReplacesMidofficeArgumentsByName() {
        System.setProperty("stack.midoffice-args", "--midoffice.aflevering.max-deliveries=80 --midoffice.herstel.na=60m");
        try {
            assertThat(TestStack.metOverrides(List.of("--midoffice.aflevering.max-deliveries=15", "--server.port=1")))
                    .containsExactly("--server.port=1", "--midoffice.aflevering.max-deliveries=80",
                            "--midoffice.herstel.na=60m");
        } finally {
            System.clearProperty("stack.midoffice-args");
        }
    }
}

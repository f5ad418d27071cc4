package nl.midoffice.camel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard a queue consumer tries before a message becomes a dead letter.
 *
 * @param redeliveries  quick retries in process, with exponential backoff from {@code redeliveryDelay}
 * @param redeliveryDelay the first in-process backoff
 * @param maxDeliveries broker deliveries (each after the broker's own, longer backoff) before the message goes
 *                      to {@code DLQ.<queue>} with its reason; keep it below the broker's max-delivery-attempts
 */
@ConfigurationProperties("midoffice.aflevering")
public record AfleveringProperties(
        @DefaultValue("1") int redeliveries,
        @DefaultValue("500ms") Duration redeliveryDelay,
        @DefaultValue("30") int maxDeliveries) {
}

package nl.midoffice.broker;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Overrides of the catch-all ({@code #}) address setting of docker/broker.xml for an embedded broker; unset means
 * what broker.xml says. Tests shorten the delays so an outage ends in seconds. An external broker takes the same
 * overrides in its {@code etc/broker.properties} ({@code addressSettings."#".redeliveryDelay=...}).
 *
 * @param redeliveryDelay     the first redelivery delay after a rolled-back delivery
 * @param maxRedeliveryDelay  the longest delay the exponential backoff reaches
 * @param maxDeliveryAttempts after this many deliveries a message goes to {@code DLQ.<queue>}
 */
@ConfigurationProperties("midoffice.broker")
public record BrokerProperties(Duration redeliveryDelay, Duration maxRedeliveryDelay, Integer maxDeliveryAttempts) {
}

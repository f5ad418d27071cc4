package nl.midoffice.midoffice.infra;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded Artemis broker beyond what Spring Boot offers.
 *
 * @param tcpAcceptor        an extra acceptor so that real clients can connect (empty: in-VM only)
 * @param redeliveryDelay    the broker's first redelivery delay after a rolled-back delivery
 * @param maxRedeliveryDelay the longest delay the exponential backoff reaches
 * @param maxDeliveryAttempts after this many deliveries a message goes to {@code DLQ.<queue>}
 * @param adapterGebruiker   the embedded broker's user for adapters running elsewhere (role adapter)
 * @param adapterWachtwoord  its password; without one that user does not exist
 */
@ConfigurationProperties("midoffice.broker")
public record BrokerProperties(
        @DefaultValue("tcp://localhost:61616") String tcpAcceptor,
        @DefaultValue("2s") Duration redeliveryDelay,
        @DefaultValue("1m") Duration maxRedeliveryDelay,
        @DefaultValue("40") int maxDeliveryAttempts,
        @DefaultValue("adapter") String adapterGebruiker,
        String adapterWachtwoord) {

    @Override
    public String toString() {
        return "BrokerProperties[tcpAcceptor=" + tcpAcceptor + ", adapterGebruiker=" + adapterGebruiker + "]";
    }
}

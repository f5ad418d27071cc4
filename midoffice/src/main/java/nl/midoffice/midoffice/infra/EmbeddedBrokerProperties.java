package nl.midoffice.midoffice.infra;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded broker's TCP acceptor and its user for adapters running elsewhere. Its other settings
 * ({@code midoffice.broker.redelivery-delay}, {@code .max-redelivery-delay}, {@code .max-delivery-attempts}) are
 * broker-support's overrides of docker/broker.xml; the mid-office's own user is {@code spring.artemis.user}.
 *
 * @param tcpAcceptor       an extra acceptor so that real clients can connect (empty: in-VM only)
 * @param adapterGebruiker  the user for adapters running elsewhere (role adapter)
 * @param adapterWachtwoord its password; without one that user does not exist
 */
@ConfigurationProperties("midoffice.broker")
public record EmbeddedBrokerProperties(
        @DefaultValue("tcp://localhost:61616") String tcpAcceptor,
        @DefaultValue("adapter") String adapterGebruiker,
        String adapterWachtwoord) {

    @Override
    public String toString() {
        return "EmbeddedBrokerProperties[tcpAcceptor=" + tcpAcceptor + ", adapterGebruiker=" + adapterGebruiker + "]";
    }
}

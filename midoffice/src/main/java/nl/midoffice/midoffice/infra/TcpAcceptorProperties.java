package nl.midoffice.midoffice.infra;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded broker's TCP acceptor. Its other settings ({@code midoffice.broker.redelivery-delay},
 * {@code .max-redelivery-delay}, {@code .max-delivery-attempts}) are broker-support's overrides of docker/broker.xml.
 *
 * @param tcpAcceptor an extra acceptor so that real clients can connect (empty: in-VM only)
 */
@ConfigurationProperties("midoffice.broker")
public record TcpAcceptorProperties(@DefaultValue("tcp://localhost:61616") String tcpAcceptor) {
}

package nl.midoffice.midoffice.infra;

import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A TCP acceptor on the embedded Artemis broker beside the in-VM one, so that real clients can connect. Its
 * address settings, addresses and journal tuning come from docker/broker.xml, the one source every broker of this
 * project takes (broker-support's {@code EmbeddedBrokerInstellingen}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TcpAcceptorProperties.class)
class BrokerConfiguration {

    @Bean
    ArtemisConfigurationCustomizer midofficeTcpAcceptor(TcpAcceptorProperties broker) {
        return configuration -> {
            if (broker.tcpAcceptor() != null && !broker.tcpAcceptor().isBlank()) {
                try {
                    configuration.addAcceptorConfiguration("tcp", broker.tcpAcceptor());
                } catch (Exception e) {
                    throw new IllegalStateException("Invalid midoffice.broker.tcp-acceptor", e);
                }
            }
        };
    }
}

package nl.midoffice.broker;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/** The broker's settings from their one source, and a JMS client that reconnects by itself. */
@AutoConfiguration
@EnableConfigurationProperties({BrokerProperties.class, HerverbindenProperties.class})
public class BrokerSupportAutoConfiguration {

    /** A post-processor is created before properties beans can be injected: it binds its settings itself. */
    @Bean
    static ArtemisClient artemisClient(Environment environment) {
        return new ArtemisClient(
                Binder.get(environment).bindOrCreate("midoffice.jms.reconnect", HerverbindenProperties.class));
    }

    /** Only where the process embeds the broker. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ")
    static class Embedded {

        @Bean
        EmbeddedBrokerInstellingen embeddedBrokerInstellingen(BrokerProperties overrides) {
            return new EmbeddedBrokerInstellingen(overrides);
        }
    }
}

package nl.midoffice.midoffice.infra;

import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.boot.artemis.autoconfigure.ArtemisProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.CachingConnectionFactory;

/**
 * The embedded broker requires a login, also on its in-VM connection: its TCP acceptor is reachable by every local
 * process, and a forged result on a result queue would change an aanvraag. Two users: the mid-office itself
 * ({@code spring.artemis.user} / {@code .password}, role {@value #MIDOFFICE}) and, when
 * {@code midoffice.broker.adapter-wachtwoord} is set, one for adapters running elsewhere (role {@value #ADAPTER}).
 * What each role may do is docker/broker.xml's {@code <security-settings>}, which broker-support gives the embedded
 * broker as it gives it the rest of that file. Boot logs the mid-office's own connection factory in only against a
 * standalone broker, so this does it for the embedded one too.
 */
@Configuration(proxyBeanMethods = false)
class BrokerBeveiliging {

    /** The roles of docker/broker.xml's security-settings. */
    static final String MIDOFFICE = "midoffice";
    static final String ADAPTER = "adapter";

    private static final Logger log = LoggerFactory.getLogger(BrokerBeveiliging.class);

    @Bean
    ArtemisConfigurationCustomizer brokerBeveiligingCustomizer() {
        return configuration -> configuration.setSecurityEnabled(true);
    }

    /** The users of the embedded broker, set before Boot starts it. */
    @Bean
    static BeanPostProcessor brokerGebruikers(ObjectProvider<ArtemisProperties> artemis,
            ObjectProvider<EmbeddedBrokerProperties> broker) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof EmbeddedActiveMQ server) {
                    server.setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(),
                            gebruikers(artemis.getObject(), broker.getObject())));
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                Object factory = bean instanceof CachingConnectionFactory c ? c.getTargetConnectionFactory() : bean;
                if (factory instanceof ActiveMQConnectionFactory artemisFactory && artemisFactory.getUser() == null) {
                    ArtemisProperties eigen = artemis.getObject();
                    artemisFactory.setUser(eigen.getUser());
                    artemisFactory.setPassword(eigen.getPassword());
                }
                return bean;
            }
        };
    }

    static SecurityConfiguration gebruikers(ArtemisProperties artemis, EmbeddedBrokerProperties broker) {
        if (artemis.getUser() == null || artemis.getPassword() == null || artemis.getPassword().isBlank()) {
            throw new IllegalStateException("The embedded broker needs spring.artemis.user and spring.artemis.password"
                    + " (SPRING_ARTEMIS_PASSWORD)");
        }
        SecurityConfiguration gebruikers = new SecurityConfiguration();
        gebruikers.addUser(artemis.getUser(), artemis.getPassword());
        gebruikers.addRole(artemis.getUser(), MIDOFFICE);
        if (broker.adapterWachtwoord() != null && !broker.adapterWachtwoord().isBlank()) {
            gebruikers.addUser(broker.adapterGebruiker(), broker.adapterWachtwoord());
            gebruikers.addRole(broker.adapterGebruiker(), ADAPTER);
            log.info("Embedded broker: users {} (mid-office) and {} (adapters)", artemis.getUser(),
                    broker.adapterGebruiker());
        } else {
            log.info("Embedded broker: user {} (mid-office); no adapter user (midoffice.broker.adapter-wachtwoord)",
                    artemis.getUser());
        }
        return gebruikers;
    }
}

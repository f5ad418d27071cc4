package nl.midoffice.camel;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jms.connection.DelegatingConnectionFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import jakarta.jms.ConnectionFactory;

/** The shared reliable-delivery route configuration and what it needs. */
@AutoConfiguration
@EnableConfigurationProperties(AfleveringProperties.class)
public class CamelSupportAutoConfiguration {

    /**
     * A JMS component whose connection factory is a different object from the one transacted consumers
     * use: Spring binds a consumer's transaction to its factory, so sends through this one are not part of it.
     */
    @Bean(VertraagdMelder.COMPONENT)
    JmsComponent jmsBuitenTransactie(ConnectionFactory connectionFactory) {
        DelegatingConnectionFactory los = new DelegatingConnectionFactory();
        los.setTargetConnectionFactory(connectionFactory);
        return JmsComponent.jmsComponent(los);
    }

    /** Every transacted consumer receives and sends in one JMS transaction ({@link EenJmsTransactie}). */
    @Bean
    ComponentCustomizer eenJmsTransactie() {
        return EenJmsTransactie.customizer();
    }

    @Bean
    @ConditionalOnMissingBean
    VertraagdMelder vertraagdMelder(ProducerTemplate producer) {
        return new VertraagdMelder(producer, berichtenJson());
    }

    @Bean
    @ConditionalOnMissingBean
    BetrouwbareAflevering betrouwbareAflevering(AfleveringProperties properties, VertraagdMelder vertraagd) {
        return new BetrouwbareAflevering(properties, vertraagd);
    }

    /** The same JSON the routes' data format writes (ISO-8601 timestamps). */
    static ObjectMapper berichtenJson() {
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    }
}

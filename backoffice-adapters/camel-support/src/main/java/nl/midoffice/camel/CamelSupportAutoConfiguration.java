package nl.midoffice.camel;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Configuration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.beans.factory.ListableBeanFactory;
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
@EnableConfigurationProperties({AfleveringProperties.class, StroomonderbrekerProperties.class})
public class CamelSupportAutoConfiguration {

    /** Bean name of the HTTP client settings of every call to a back office ({@link Opdrachtroute#http}). */
    public static final String HTTP_CLIENT = "midofficeHttpClient";

    /** Apache HttpClient retries a 503 by itself; redelivery with backoff is the route configuration's job. */
    @Bean(HTTP_CLIENT)
    HttpClientConfigurer midofficeHttpClient() {
        return HttpClientBuilder::disableAutomaticRetries;
    }

    /** The settings records of the host and its adapters as Camel {@code {{placeholders}}}, defaults included. */
    @Bean
    Instellingen midofficeInstellingen(ListableBeanFactory beans, CamelContext camel) {
        var instellingen = new Instellingen(beans);
        // explicitly: Camel's own discovery of sources runs once, maybe before this bean exists
        if (camel.getPropertiesComponent().getPropertiesSource(instellingen.getName()) == null) {
            camel.getPropertiesComponent().addPropertiesSource(instellingen);
        }
        return instellingen;
    }

    /** Every adapter's circuit breaker, one per system ({@link Stroomonderbreker#voor}). */
    @Bean
    @ConditionalOnMissingBean
    CircuitBreakerRegistry stroomonderbrekers() {
        return CircuitBreakerRegistry.ofDefaults();
    }

    /** The breakers' state, calls and failure rate as Micrometer meters, bound by the host's MeterRegistry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class Metingen {
        @Bean
        MeterBinder stroomonderbrekerMetingen(CircuitBreakerRegistry stroomonderbrekers) {
            return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(stroomonderbrekers);
        }
    }

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

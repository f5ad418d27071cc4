package nl.midoffice.adapter.brp;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nl.midoffice.camel.OnverwerkbaarBericht;
import nl.midoffice.camel.Stroomonderbreker;

/** Registers the BRP adapter's route in any Spring Boot application that has Camel and JMS. */
@AutoConfiguration
@EnableConfigurationProperties(BrpProperties.class)
@ConditionalOnBooleanProperty(name = "midoffice.adapters.brp.enabled", matchIfMissing = true)
public class BrpAutoConfiguration {

    static final String CIRCUIT_BREAKER = "brpCircuitBreaker";

    /**
     * Opens after half of the last 10 calls failed; after 5 s lets a few calls through to test the BRP. A refusal
     * of our own question says nothing about the BRP's health, so it does not count.
     */
    @Bean(CIRCUIT_BREAKER)
    CircuitBreaker brpCircuitBreaker() {
        return Stroomonderbreker.standaard("brp", OnverwerkbaarBericht.class);
    }

    /** Apache HttpClient retries a 503 by itself; redelivery with backoff is the route configuration's job. */
    @Bean(BrpAanroep.HTTP_CLIENT)
    HttpClientConfigurer brpHttpClient() {
        return HttpClientBuilder::disableAutomaticRetries;
    }

    @Bean
    BrpBerichten brpBerichten() {
        return new BrpBerichten();
    }

    @Bean
    BrpAntwoorden brpAntwoorden() {
        return new BrpAntwoorden();
    }

    @Bean
    PersoonOpvragenRoute brpPersoonOpvragenRoute(BrpProperties properties, BrpBerichten brpBerichten,
            BrpAntwoorden brpAntwoorden, @Qualifier(CIRCUIT_BREAKER) CircuitBreaker breaker) {
        return new PersoonOpvragenRoute(properties, brpBerichten, brpAntwoorden, breaker);
    }
}

package nl.midoffice.adapter.brp;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import nl.midoffice.camel.OnverwerkbaarBericht;
import nl.midoffice.camel.Stroomonderbreker;
import nl.midoffice.camel.StroomonderbrekerProperties;

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
    CircuitBreaker brpCircuitBreaker(CircuitBreakerRegistry stroomonderbrekers,
            StroomonderbrekerProperties instellingen) {
        return Stroomonderbreker.voor(stroomonderbrekers, instellingen, "brp", OnverwerkbaarBericht.class);
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
            BrpAntwoorden brpAntwoorden) {
        return new PersoonOpvragenRoute(properties, brpBerichten, brpAntwoorden);
    }
}

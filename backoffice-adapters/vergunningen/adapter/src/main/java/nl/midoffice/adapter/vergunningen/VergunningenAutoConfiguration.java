package nl.midoffice.adapter.vergunningen;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import nl.midoffice.camel.OnverwerkbaarBericht;
import nl.midoffice.camel.Stroomonderbreker;
import nl.midoffice.camel.StroomonderbrekerProperties;

/**
 * Registers the vergunningen adapter's routes in any Spring Boot application that has Camel, JMS and a servlet web
 * server (the callback is served by camel-platform-http on the host's Spring MVC).
 */
@AutoConfiguration
@EnableConfigurationProperties(VergunningenProperties.class)
@ConditionalOnBooleanProperty(name = "midoffice.adapters.vergunningen.enabled", matchIfMissing = true)
public class VergunningenAutoConfiguration {

    static final String CIRCUIT_BREAKER = "vergunningenCircuitBreaker";

    /**
     * Opens after half of the last 10 calls failed; after 5 s lets a few calls through to test the service. A refusal
     * of our content (a 400 that is not the citizen's, a 409) is the service answering, not failing.
     */
    @Bean(CIRCUIT_BREAKER)
    CircuitBreaker vergunningenCircuitBreaker(CircuitBreakerRegistry stroomonderbrekers,
            StroomonderbrekerProperties instellingen) {
        return Stroomonderbreker.voor(stroomonderbrekers, instellingen, "vergunningen", OnverwerkbaarBericht.class);
    }

    @Bean
    VergunningAanvragenRoute vergunningenVergunningAanvragenRoute(VergunningenProperties properties) {
        return new VergunningAanvragenRoute(properties);
    }

    @Bean
    BesluitOntvangenRoute vergunningenBesluitOntvangenRoute(VergunningenProperties properties) {
        return new BesluitOntvangenRoute(properties);
    }
}

package nl.midoffice.adapter.meldingen;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import nl.midoffice.camel.Stroomonderbreker;
import nl.midoffice.camel.StroomonderbrekerProperties;

/** Registers the meldingen adapter's routes in any Spring Boot application that has Camel and JMS. */
@AutoConfiguration
@EnableConfigurationProperties(MeldingenProperties.class)
@ConditionalOnBooleanProperty(name = "midoffice.adapters.meldingen.enabled", matchIfMissing = true)
public class MeldingenAutoConfiguration {

    /**
     * One breaker per system, set as every adapter's (midoffice.stroomonderbreker.*). Name exceptions that are the
     * system answering rather than failing: voor(registry, instellingen, "meldingen", X.class).
     */
    @Bean(ZaakRegistrerenRoute.STROOMONDERBREKER)
    CircuitBreaker meldingenCircuitBreaker(CircuitBreakerRegistry registry, StroomonderbrekerProperties instellingen) {
        return Stroomonderbreker.voor(registry, instellingen, "meldingen");
    }

    @Bean
    ZaakRegistrerenRoute meldingenZaakRegistrerenRoute() {
        return new ZaakRegistrerenRoute();
    }
}

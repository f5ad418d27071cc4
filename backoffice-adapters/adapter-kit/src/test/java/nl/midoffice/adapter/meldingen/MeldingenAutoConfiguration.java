package nl.midoffice.adapter.meldingen;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nl.midoffice.camel.Stroomonderbreker;

/** Registers the meldingen adapter's routes in any Spring Boot application that has Camel and JMS. */
@AutoConfiguration
@EnableConfigurationProperties(MeldingenProperties.class)
@ConditionalOnBooleanProperty(name = "midoffice.adapters.meldingen.enabled", matchIfMissing = true)
public class MeldingenAutoConfiguration {

    /**
     * One breaker per system, set as every adapter's: opens after half of the last 10 calls failed, tries again
     * after 5 s. Name exceptions that are the system answering rather than failing: standaard("meldingen", X.class).
     */
    @Bean
    CircuitBreaker meldingenCircuitBreaker() {
        return Stroomonderbreker.standaard("meldingen");
    }

    /** Apache HttpClient retries a 503 by itself; redelivery with backoff is the route configuration's job. */
    @Bean(ZaakRegistrerenRoute.HTTP_CLIENT)
    HttpClientConfigurer meldingenHttpClient() {
        return HttpClientBuilder::disableAutomaticRetries;
    }

    @Bean
    ZaakRegistrerenRoute meldingenZaakRegistrerenRoute(MeldingenProperties properties,
            CircuitBreaker meldingenCircuitBreaker) {
        return new ZaakRegistrerenRoute(properties, meldingenCircuitBreaker);
    }
}

package nl.midoffice.adapter.legacysuite;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import nl.midoffice.camel.Stroomonderbreker;

/** Registers the legacy-suite adapter's routes in any Spring Boot application that has Camel and JMS. */
@AutoConfiguration
@EnableConfigurationProperties(LegacySuiteProperties.class)
@ConditionalOnBooleanProperty(name = "midoffice.adapters.legacy-suite.enabled", matchIfMissing = true)
public class LegacySuiteAutoConfiguration {

    /** Opens after half of the last 10 calls failed; after 5 s lets a few calls through to test the suite. */
    @Bean
    CircuitBreaker legacySuiteCircuitBreaker() {
        return Stroomonderbreker.standaard("legacy-suite");
    }

    /** Apache HttpClient retries a 503 by itself; redelivery with backoff is the route configuration's job. */
    @Bean(ZdsAanroep.HTTP_CLIENT)
    HttpClientConfigurer legacySuiteHttpClient() {
        return HttpClientBuilder::disableAutomaticRetries;
    }

    @Bean
    StufBerichten legacySuiteStufBerichten(LegacySuiteProperties properties) {
        return new StufBerichten(properties, Clock.systemDefaultZone());
    }

    @Bean
    StufAntwoorden legacySuiteStufAntwoorden() {
        return new StufAntwoorden();
    }

    @Bean
    ZaakRegistrerenRoute legacySuiteZaakRegistrerenRoute(LegacySuiteProperties properties, StufBerichten berichten,
            StufAntwoorden antwoorden, CircuitBreaker legacySuiteCircuitBreaker) {
        return new ZaakRegistrerenRoute(properties, berichten, antwoorden, legacySuiteCircuitBreaker);
    }

    @Bean
    PersoonOpvragenRoute legacySuitePersoonOpvragenRoute(LegacySuiteProperties properties, StufBerichten berichten,
            StufAntwoorden antwoorden, CircuitBreaker legacySuiteCircuitBreaker) {
        return new PersoonOpvragenRoute(properties, berichten, antwoorden, legacySuiteCircuitBreaker);
    }

    @Bean
    VergunningAanvragenRoute legacySuiteVergunningAanvragenRoute(LegacySuiteProperties properties,
            StufBerichten berichten, StufAntwoorden antwoorden, CircuitBreaker legacySuiteCircuitBreaker) {
        return new VergunningAanvragenRoute(properties, berichten, antwoorden, legacySuiteCircuitBreaker);
    }

    @Bean
    ZaakstatusOpvragenRoute legacySuiteZaakstatusOpvragenRoute(LegacySuiteProperties properties,
            StufBerichten berichten, StufAntwoorden antwoorden, CircuitBreaker legacySuiteCircuitBreaker) {
        return new ZaakstatusOpvragenRoute(properties, berichten, antwoorden, legacySuiteCircuitBreaker);
    }
}

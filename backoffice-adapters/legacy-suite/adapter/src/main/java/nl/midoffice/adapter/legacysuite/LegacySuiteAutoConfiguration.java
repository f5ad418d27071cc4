package nl.midoffice.adapter.legacysuite;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import nl.midoffice.camel.Stroomonderbreker;
import nl.midoffice.camel.StroomonderbrekerProperties;

/** Registers the legacy-suite adapter's routes in any Spring Boot application that has Camel and JMS. */
@AutoConfiguration
@EnableConfigurationProperties(LegacySuiteProperties.class)
@ConditionalOnBooleanProperty(name = "midoffice.adapters.legacy-suite.enabled", matchIfMissing = true)
public class LegacySuiteAutoConfiguration {

    /** Opens after half of the last 10 calls failed; after 5 s lets a few calls through to test the suite. */
    @Bean(ZdsAanroep.STROOMONDERBREKER)
    CircuitBreaker legacySuiteCircuitBreaker(CircuitBreakerRegistry stroomonderbrekers,
            StroomonderbrekerProperties instellingen) {
        return Stroomonderbreker.voor(stroomonderbrekers, instellingen, "legacy-suite");
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
    ZaakRegistrerenRoute legacySuiteZaakRegistrerenRoute(StufBerichten berichten,
            StufAntwoorden antwoorden) {
        return new ZaakRegistrerenRoute(berichten, antwoorden);
    }

    @Bean
    PersoonOpvragenRoute legacySuitePersoonOpvragenRoute(StufBerichten berichten,
            StufAntwoorden antwoorden) {
        return new PersoonOpvragenRoute(berichten, antwoorden);
    }

    @Bean
    VergunningAanvragenRoute legacySuiteVergunningAanvragenRoute(StufBerichten berichten, StufAntwoorden antwoorden) {
        return new VergunningAanvragenRoute(berichten, antwoorden);
    }

    @Bean
    ZaakstatusOpvragenRoute legacySuiteZaakstatusOpvragenRoute(StufBerichten berichten, StufAntwoorden antwoorden) {
        return new ZaakstatusOpvragenRoute(berichten, antwoorden);
    }
}

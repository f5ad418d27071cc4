package nl.midoffice.adapter.legacysuite;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;


/** Registers the legacy-suite adapter's routes in any Spring Boot application that has Camel and JMS. */
@AutoConfiguration
@EnableConfigurationProperties(LegacySuiteProperties.class)
@ConditionalOnBooleanProperty(name = "midoffice.adapters.legacy-suite.enabled", matchIfMissing = true)
public class LegacySuiteAutoConfiguration {

    @Bean
    StufBerichten legacySuiteStufBerichten(LegacySuiteProperties properties) {
        return new StufBerichten(properties, Clock.systemDefaultZone());
    }

    @Bean
    StufAntwoorden legacySuiteStufAntwoorden() {
        return new StufAntwoorden();
    }

    @Bean
    LegacySuiteErrorHandling legacySuiteErrorHandling(LegacySuiteProperties properties) {
        return new LegacySuiteErrorHandling(properties);
    }

    @Bean
    ZaakRegistrerenRoute legacySuiteZaakRegistrerenRoute(LegacySuiteProperties properties, StufBerichten berichten,
            StufAntwoorden antwoorden) {
        return new ZaakRegistrerenRoute(properties, berichten, antwoorden);
    }

    @Bean
    ZaakstatusOpvragenRoute legacySuiteZaakstatusOpvragenRoute(LegacySuiteProperties properties,
            StufBerichten berichten, StufAntwoorden antwoorden) {
        return new ZaakstatusOpvragenRoute(properties, berichten, antwoorden);
    }
}

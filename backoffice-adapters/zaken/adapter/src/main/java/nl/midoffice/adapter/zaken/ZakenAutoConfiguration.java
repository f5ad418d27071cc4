package nl.midoffice.adapter.zaken;

import java.time.Clock;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import nl.midoffice.camel.OnverwerkbaarBericht;
import nl.midoffice.camel.Stroomonderbreker;
import nl.midoffice.camel.StroomonderbrekerProperties;

/** Registers the zaken adapter's routes in any Spring Boot web application that has Camel and JMS. */
@AutoConfiguration
@EnableConfigurationProperties(ZakenProperties.class)
@ConditionalOnBooleanProperty(name = "midoffice.adapters.zaken.enabled", matchIfMissing = true)
public class ZakenAutoConfiguration {

    static final String CIRCUIT_BREAKER = "zakenCircuitBreaker";

    /**
     * Opens after half of the last 10 calls failed; after 5 s lets a few calls through to test the zaaksysteem. A
     * refusal of our credentials or a zaak of another aanvraag is the zaaksysteem answering, not failing.
     */
    @Bean(CIRCUIT_BREAKER)
    CircuitBreaker zakenCircuitBreaker(CircuitBreakerRegistry stroomonderbrekers,
            StroomonderbrekerProperties instellingen) {
        return Stroomonderbreker.voor(stroomonderbrekers, instellingen, "zaken", ZakenConfiguratieFout.class,
                OnverwerkbaarBericht.class);
    }

    /**
     * Apache HttpClient retries a 503 by itself (waiting for its Retry-After); redelivery with backoff is the
     * route configuration's job.
     */
    @Bean(ZakenApi.HTTP_CLIENT)
    HttpClientConfigurer zakenHttpClient() {
        return HttpClientBuilder::disableAutomaticRetries;
    }

    /** The notification callback's client; the registration calls from its route. */
    @Bean
    ZakenApi zakenApi(ZakenProperties properties, ProducerTemplate producerTemplate,
            @Qualifier(CIRCUIT_BREAKER) CircuitBreaker breaker) {
        return new ZakenApi(properties, producerTemplate,
                new ZgwToken(properties.clientId(), properties.secret(), Clock.systemUTC()), breaker);
    }

    @Bean
    NotificatieVerwerking zakenNotificatieVerwerking(ZakenProperties properties, ZakenApi zakenApi) {
        return new NotificatieVerwerking(properties, zakenApi);
    }

    @Bean
    ZaakRegistrerenRoute zakenZaakRegistrerenRoute(ZakenProperties properties) {
        return new ZaakRegistrerenRoute(new ZaakRegistratie(properties, new ZaakBerichten(properties, Clock.systemUTC())),
                new ZgwAanroep(properties, new ZgwToken(properties.clientId(), properties.secret(), Clock.systemUTC())));
    }

    @Bean
    NotificatieOntvangenRoute zakenNotificatieOntvangenRoute(ZakenProperties properties,
            NotificatieVerwerking zakenNotificatieVerwerking) {
        return new NotificatieOntvangenRoute(properties, zakenNotificatieVerwerking);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "midoffice.adapters.zaken.abonneren", matchIfMissing = true)
    NotificatiesAbonnerenRoute zakenNotificatiesAbonnerenRoute(ZakenProperties properties, Environment environment) {
        // the Notificaties API knows the client by the same ZGW client id and secret (one Autorisaties API)
        return new NotificatiesAbonnerenRoute(properties, environment,
                new ZgwToken(properties.clientId(), properties.secret(), Clock.systemUTC()));
    }
}

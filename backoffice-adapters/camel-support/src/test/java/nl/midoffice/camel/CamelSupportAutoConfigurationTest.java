package nl.midoffice.camel;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.jms.springboot.JmsComponentAutoConfiguration;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import jakarta.jms.ConnectionFactory;

/** What an app that has camel-support on its classpath gets without configuring anything. */
class CamelSupportAutoConfigurationTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    JmsComponentAutoConfiguration.class, CamelSupportAutoConfiguration.class))
            .withPropertyValues("camel.springboot.main-run-controller=false")
            .withBean(ConnectionFactory.class, () -> new ActiveMQConnectionFactory("vm://0"));

    @Test
    void everyJmsComponentReceivesAndSendsInOneTransaction() {
        app.run(context -> {
            CamelContext camel = context.getBean(CamelContext.class);
            for (String naam : new String[] { "jms", VertraagdMelder.COMPONENT }) {
                var configuratie = camel.getComponent(naam, JmsComponent.class).getConfiguration();
                assertThat(configuratie.isLazyCreateTransactionManager()).as(naam + ": no transaction manager of its own")
                        .isFalse();
                assertThat(configuratie.getCacheLevelName()).as(naam).isEqualTo("CACHE_CONSUMER");
            }
        });
    }

    @ConfigurationProperties("proef.instellingen")
    record ProefInstellingen(@DefaultValue("3s") Duration wachttijd, @DefaultValue("4") int concurrentConsumers) {
    }

    @EnableConfigurationProperties(ProefInstellingen.class)
    static class MetInstellingen {
    }

    @Test
    void aSettingsRecordIsReadAsPlaceholdersWithItsDefaultsAndDurationsInMilliseconds() {
        app.withUserConfiguration(MetInstellingen.class).withPropertyValues("proef.instellingen.wachttijd=7s")
                .run(context -> {
                    CamelContext camel = context.getBean(CamelContext.class);
                    assertThat(camel.resolvePropertyPlaceholders("{{proef.instellingen.concurrent-consumers}}"))
                            .as("a default only the record knows").isEqualTo("4");
                    assertThat(camel.resolvePropertyPlaceholders("{{proef.instellingen.wachttijd}}")).isEqualTo("7000");
                });
    }

    @Test
    void everyBreakerOfTheRegistryIsMeasuredStateAndCalls() {
        app.run(context -> {
            var meters = new SimpleMeterRegistry();
            context.getBean(MeterBinder.class).bindTo(meters);

            var breaker = Stroomonderbreker.voor(context.getBean(CircuitBreakerRegistry.class),
                    context.getBean(StroomonderbrekerProperties.class), "proef");
            breaker.onError(1, java.util.concurrent.TimeUnit.MILLISECONDS, new IllegalStateException("503"));

            assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", "proef").gauges())
                    .as("state of the breaker made after binding").isNotEmpty();
            assertThat(meters.find("resilience4j.circuitbreaker.calls").tag("name", "proef").tag("kind", "failed")
                    .timer()).as("failed calls").isNotNull().satisfies(t -> assertThat(t.count()).isEqualTo(1));
        });
    }
}

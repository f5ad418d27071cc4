package nl.midoffice.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** An app with {@code @Geheimen} starts with its own secrets or under the demo profile, and otherwise not at all. */
class GeheimenControleTest {

    @Configuration(proxyBeanMethods = false)
    @Geheimen({
            @Geheim(value = "proef.client.secret", omgeving = "PROEF_SECRET"),
            @Geheim("proef.beheer.wachtwoord"),
            @Geheim(value = "proef.broker.wachtwoord", verplicht = false),
            @Geheim(value = "proef.adapter.sleutel", alleenAls = "proef.adapter.enabled")})
    static class ProefApp {
    }

    @Configuration(proxyBeanMethods = false)
    static class AppZonderGeheimen {
    }

    private static final String[] EIGEN = {"--proef.client.secret=een-eigen-geheim-van-voldoende-lengte",
            "--proef.beheer.wachtwoord=correct-paard-batterij-niet", "--proef.adapter.sleutel=eigen-sleutel"};

    @Test
    void aMissingSecretStopsTheStartNamingPropertyAndVariable() {
        assertThatThrownBy(() -> start(ProefApp.class, "--proef.client.secret=een-eigen-geheim-van-voldoende-lengte"))
                .isInstanceOf(OnveiligeConfiguratie.class)
                .hasMessageContaining("proef.beheer.wachtwoord (PROEF_BEHEER_WACHTWOORD) is not set")
                .hasMessageContaining("proef.adapter.sleutel (PROEF_ADAPTER_SLEUTEL) is not set")
                .hasMessageNotContaining("proef.client.secret")
                .hasMessageNotContaining("proef.broker.wachtwoord");
    }

    @Test
    void aPublishedDemoValueStopsTheStartWithoutShowingIt() {
        assertThatThrownBy(() -> start(ProefApp.class, EIGEN[1], EIGEN[2],
                "--proef.client.secret=demo-only-secret-change-me-0123456789abcdef",
                "--proef.broker.wachtwoord=demo-only-artemis-password"))
                .isInstanceOf(OnveiligeConfiguratie.class)
                .hasMessageContaining("proef.client.secret (PROEF_SECRET) is a published demo value")
                .hasMessageContaining("proef.broker.wachtwoord (PROEF_BROKER_WACHTWOORD) is a published demo value")
                .hasMessageNotContaining("demo-only-");
    }

    @Test
    void everyPublishedValueCounts() {
        for (String waarde : DemoProfiel.GEPUBLICEERD) {
            assertThatThrownBy(() -> start(ProefApp.class, EIGEN[1], EIGEN[2], "--proef.client.secret= " + waarde))
                    .as(waarde).isInstanceOf(OnveiligeConfiguratie.class);
        }
    }

    @Test
    void ownSecretsStart() {
        try (var context = start(ProefApp.class, EIGEN)) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void theDemoProfileStartsWithoutAnyOrWithThePublishedSecrets() {
        try (var context = start(ProefApp.class, "--spring.profiles.active=demo")) {
            assertThat(context.isActive()).isTrue();
        }
        try (var context = start(ProefApp.class, "--spring.profiles.active=demo",
                "--proef.beheer.wachtwoord=demo")) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void aSwitchedOffPartNeedsNoSecret() {
        try (var context = start(ProefApp.class, EIGEN[0], EIGEN[1], "--proef.adapter.enabled=false")) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void anAppWithoutGeheimenIsNotChecked() {
        try (var context = start(AppZonderGeheimen.class)) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void theStartupReportSaysWhatToSet() {
        var fout = new OnveiligeConfiguratie(java.util.List.of(
                new OnveiligeConfiguratie.Bevinding("portal.midoffice.secret", "PORTAL_MIDOFFICE_SECRET", false)));
        FailureAnalysis analyse = new OnveiligeConfiguratieAnalyzer().analyze(new IllegalStateException(fout));
        assertThat(analyse.getDescription()).contains("portal.midoffice.secret (PORTAL_MIDOFFICE_SECRET) is not set");
        assertThat(analyse.getAction()).contains("PORTAL_MIDOFFICE_SECRET=").contains("--spring.profiles.active=demo");
    }

    private static ConfigurableApplicationContext start(Class<?> app, String... argumenten) {
        SpringApplication application = new SpringApplication(app);
        application.setWebApplicationType(WebApplicationType.NONE);
        return application.run(argumenten);
    }
}

package nl.midoffice.midoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.midoffice.demo.VeiligeStart;

/**
 * Secure by default, demo by choice: outside the demo profile the mid-office does not start while one of its secrets
 * is missing or a published demo value (it stops before it touches a database or a broker). That it starts under
 * the demo profile, on localhost only, every {@link MidofficeIT} shows ({@code VeiligeStartIT}).
 */
class VeiligeStartTest {

    @Test
    void withoutTheDemoProfileItNamesEverySecretToSet() {
        assertThat(VeiligeStart.weigering(MidofficeApplication.class))
                .hasMessageContaining("midoffice.clients.frontoffice-portal.secret (MIDOFFICE_PORTAL_SECRET) is not set")
                .hasMessageContaining("midoffice.beheerder.wachtwoord (MIDOFFICE_BEHEERDER_WACHTWOORD) is not set")
                .hasMessageContaining("spring.artemis.password (SPRING_ARTEMIS_PASSWORD) is not set")
                .hasMessageContaining("midoffice.adapters.zaken.secret (MIDOFFICE_ADAPTERS_ZAKEN_SECRET) is not set")
                .hasMessageContaining("midoffice.adapters.zaken.callback-secret (MIDOFFICE_ADAPTERS_ZAKEN_CALLBACKSECRET)")
                .hasMessageContaining("midoffice.adapters.vergunningen.api-sleutel (MIDOFFICE_ADAPTERS_VERGUNNINGEN_APISLEUTEL)")
                .hasMessageContaining("midoffice.adapters.vergunningen.callback-geheim");
    }

    @Test
    void itRefusesEveryPublishedDemoValueOutsideTheDemoProfile() {
        assertThat(VeiligeStart.weigering(MidofficeApplication.class,
                "--midoffice.adapters.zaken.enabled=false", "--midoffice.adapters.vergunningen.enabled=false",
                "--midoffice.clients.frontoffice-portal.secret=demo-only-secret-change-me-0123456789abcdef",
                "--midoffice.beheerder.wachtwoord=demo",
                "--spring.artemis.password=demo-only-artemis-password",
                "--midoffice.broker.adapter-wachtwoord=demo-only-adapter-password"))
                .hasMessageContaining("midoffice.clients.frontoffice-portal.secret (MIDOFFICE_PORTAL_SECRET) is a published")
                .hasMessageContaining("midoffice.beheerder.wachtwoord (MIDOFFICE_BEHEERDER_WACHTWOORD) is a published")
                .hasMessageContaining("spring.artemis.password (SPRING_ARTEMIS_PASSWORD) is a published")
                .hasMessageContaining("midoffice.broker.adapter-wachtwoord (MIDOFFICE_BROKER_ADAPTERWACHTWOORD) is a published")
                .hasMessageNotContaining("midoffice.adapters.");
    }
}

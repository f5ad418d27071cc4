package nl.midoffice.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

import nl.midoffice.demo.VeiligeStart;

/** Secure by default, demo by choice: the portal's own secret or the demo profile, and only on localhost. */
class VeiligeStartTest {

    @Test
    void withoutTheDemoProfileItNeedsASecretOfItsOwn() {
        assertThat(VeiligeStart.weigering(PortalApplication.class))
                .hasMessageContaining("portal.midoffice.secret (PORTAL_MIDOFFICE_SECRET) is not set");
    }

    @Test
    void itRefusesThePublishedDemoSecretOutsideTheDemoProfile() {
        assertThat(VeiligeStart.weigering(PortalApplication.class,
                "--portal.midoffice.secret=demo-only-secret-change-me-0123456789abcdef"))
                .hasMessageContaining("portal.midoffice.secret (PORTAL_MIDOFFICE_SECRET) is a published demo value");
    }

    @Test
    void underTheDemoProfileItStartsOnLocalhostOnly() {
        VeiligeStart.startOnderDemoProfiel(PortalApplication.class);
    }

    @Test
    void withASecretOfItsOwnItStartsWithoutTheDemoProfile() {
        try (var portal = SpringApplication.run(PortalApplication.class, "--server.port=0",
                "--portal.midoffice.secret=een-eigen-geheim-van-ten-minste-32-bytes!")) {
            assertThat(portal.isActive()).isTrue();
        }
    }
}

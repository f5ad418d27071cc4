package nl.midoffice.simulator.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.midoffice.demo.VeiligeStart;

/**
 * Secure by default, demo by choice: outside the demo profile the simulator needs a client secret and a key for its
 * control API; under the demo profile it starts without, on localhost only.
 */
class VeiligeStartTest {

    @Test
    void withoutTheDemoProfileItNeedsItsSecrets() {
        assertThat(VeiligeStart.weigering(ZakenSimulatorApplication.class))
                .hasMessageContaining("simulator.besturing.sleutel (SIMULATOR_BESTURING_SLEUTEL) is not set")
                .hasMessageContaining("simulator.clients.midoffice.secret (SIMULATOR_CLIENTS_MIDOFFICE_SECRET) is not");
    }

    @Test
    void itRefusesThePublishedDemoValueOutsideTheDemoProfile() {
        assertThat(VeiligeStart.weigering(ZakenSimulatorApplication.class,
                "--simulator.besturing.sleutel=een-eigen-sleutel",
                "--simulator.clients.midoffice.secret=demo-only-zaken-secret-change-me-0123456789"))
                .hasMessageContaining("simulator.clients.midoffice.secret (SIMULATOR_CLIENTS_MIDOFFICE_SECRET) is a published")
                .hasMessageNotContaining("simulator.besturing.sleutel");
    }

    @Test
    void underTheDemoProfileItStartsOnLocalhostOnly() {
        VeiligeStart.startOnderDemoProfiel(ZakenSimulatorApplication.class);
    }
}

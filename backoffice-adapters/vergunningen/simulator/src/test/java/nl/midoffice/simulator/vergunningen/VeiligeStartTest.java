package nl.midoffice.simulator.vergunningen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.midoffice.demo.VeiligeStart;

/**
 * Secure by default, demo by choice: outside the demo profile the simulator needs an API key and a key for its
 * control API; under the demo profile it starts without, on localhost only.
 */
class VeiligeStartTest {

    @Test
    void withoutTheDemoProfileItNeedsItsSecrets() {
        assertThat(VeiligeStart.weigering(VergunningenSimulatorApplication.class))
                .hasMessageContaining("simulator.besturing.sleutel (SIMULATOR_BESTURING_SLEUTEL) is not set")
                .hasMessageContaining("simulator.api-sleutel (SIMULATOR_APISLEUTEL) is not");
    }

    @Test
    void itRefusesThePublishedDemoValueOutsideTheDemoProfile() {
        assertThat(VeiligeStart.weigering(VergunningenSimulatorApplication.class,
                "--simulator.besturing.sleutel=een-eigen-sleutel",
                "--simulator.api-sleutel=demo-only-vergunningen-key-change-me"))
                .hasMessageContaining("simulator.api-sleutel (SIMULATOR_APISLEUTEL) is a published")
                .hasMessageNotContaining("simulator.besturing.sleutel");
    }

    @Test
    void underTheDemoProfileItStartsOnLocalhostOnly() {
        VeiligeStart.startOnderDemoProfiel(VergunningenSimulatorApplication.class);
    }
}

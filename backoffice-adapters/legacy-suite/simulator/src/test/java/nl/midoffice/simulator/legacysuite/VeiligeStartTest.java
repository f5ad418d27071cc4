package nl.midoffice.simulator.legacysuite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.midoffice.demo.VeiligeStart;

/**
 * Secure by default, demo by choice: outside the demo profile the simulator needs a key for its
 * control API; under the demo profile it starts without, on localhost only.
 */
class VeiligeStartTest {

    @Test
    void withoutTheDemoProfileItNeedsItsSecrets() {
        assertThat(VeiligeStart.weigering(LegacySuiteSimulatorApplication.class))
                .hasMessageContaining("simulator.besturing.sleutel (SIMULATOR_BESTURING_SLEUTEL) is not set");
    }

    @Test
    void underTheDemoProfileItStartsOnLocalhostOnly() {
        VeiligeStart.startOnderDemoProfiel(LegacySuiteSimulatorApplication.class);
    }
}

package nl.midoffice.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark logs in to the demo's broker and is not stopped by the per-citizen submission limit. */
class InstellingenTest {

    @Test
    void byDefaultTheBenchmarkRaisesTheSubmissionLimitAndUsesTheDemoBrokerUser() {
        Instellingen instellingen = Instellingen.uit("--root=..", "--midoffice-arg=--midoffice.consumers=8");

        assertThat(instellingen.midofficeArgs()).containsExactly(
                "--midoffice.ratelimit.indienen.per-burger=1000000", "--midoffice.consumers=8");
        assertThat(instellingen.brokerGebruiker()).isEqualTo("midoffice:demo-only-artemis-password");
    }

    @Test
    void aLimitGivenForTheMidofficeIsKept() {
        Instellingen instellingen = Instellingen.uit("--root=..",
                "--midoffice-arg=--midoffice.ratelimit.indienen.per-burger=60", "--broker-gebruiker=ik:geheim");

        assertThat(instellingen.midofficeArgs()).containsExactly("--midoffice.ratelimit.indienen.per-burger=60");
        assertThat(instellingen.brokerGebruiker()).isEqualTo("ik:geheim");
    }
}

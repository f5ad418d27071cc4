package nl.midoffice.adapter.legacysuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.midoffice.adapterkit.AdapterContractTest;
import nl.midoffice.adapterkit.AdapterOnderTest;
import nl.midoffice.adapterkit.Kenmerken;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.PersoonOpvragen;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.simulator.legacysuite.LegacySuiteSimulatorApplication;

/**
 * The adapter contract for the person lookup in the suite's own copy (npsLv01). The suite records lookups in
 * {@code /simulator/bevragingen}: its {@code /simulator/ontvangen} is one record per zaak.
 */
class LegacySuitePersoonOpvragenContractIT extends AdapterContractTest {

    @Override
    protected AdapterOnderTest adapter() {
        return AdapterOnderTest.voor(Systemen.LEGACY_SUITE, Capability.PERSOONSGEGEVENS)
                .simulator(LegacySuiteSimulatorApplication.class)
                .ontvangenPad("/simulator/bevragingen");
    }

    @Override
    protected Object opdracht(Kenmerken k) {
        return vraag(k, "999999606");
    }

    /** A valid BSN (11-proef) the suite's copy does not hold. */
    @Override
    protected Object geweigerdeOpdracht(Kenmerken k) {
        return vraag(k, "999900006");
    }

    /** The suite's copy lags behind the BRP on purpose: Thomas Mulder still lives at his old address there. */
    @Test
    void answersFromTheSuitesOwnLaggingCopy() {
        var k = Kenmerken.nieuw();

        stuur(opdracht(k), k);

        var antwoord = wachtOp(k, this::isVerwacht).json().path("persoon");
        assertThat(antwoord.path("geslachtsnaam").asText()).isEqualTo("Mulder");
        assertThat(antwoord.path("adres").path("straat").asText()).isEqualTo("Dorpsstraat");
        assertThat(antwoord.path("adres").path("postcode").asText()).isEqualTo("9002AB");
        assertThat(antwoord.path("gemeenteVanInschrijving").asText()).isEqualTo("9002");
    }

    private static PersoonOpvragen vraag(Kenmerken k, String bsn) {
        return new PersoonOpvragen(k.messageId(), k.correlationId(), k.aanvraagId(), "9002", bsn, "parkeervergunning",
                k.schaduw(), Instant.now());
    }
}

package nl.midoffice.adapter.brp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.midoffice.adapterkit.AdapterContractTest;
import nl.midoffice.adapterkit.AdapterOnderTest;
import nl.midoffice.adapterkit.Kenmerken;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.PersoonOpvragen;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.simulator.brp.BrpSimulatorApplication;

/**
 * The adapter contract for the person lookup in the BRP (Haal Centraal {@code RaadpleegMetBurgerservicenummer}).
 * A lookup changes nothing, so "exactly once" means: a duplicate question is not asked again (dedupe on
 * messageId), and a question that failed is asked again on its redelivery.
 */
class BrpPersoonOpvragenContractIT extends AdapterContractTest {

    /** Jan Pieter de Vries, registered in 9001 (the simulator's personen.json). */
    private static final String BEKEND = "999993653";

    @Override
    protected AdapterOnderTest adapter() {
        return AdapterOnderTest.voor(Systemen.BRP, Capability.PERSOONSGEGEVENS)
                .simulator(BrpSimulatorApplication.class);
    }

    @Override
    protected Object opdracht(Kenmerken k) {
        return vraag(k, BEKEND);
    }

    /** A valid BSN (11-proef) the BRP does not know: an empty {@code personen}, so {@code gevonden=false}. */
    @Override
    protected Object geweigerdeOpdracht(Kenmerken k) {
        return vraag(k, "999990019");
    }

    @Test
    void answersWithThePersonAsTheBrpHoldsThem() {
        var k = Kenmerken.nieuw();

        stuur(opdracht(k), k);

        var antwoord = wachtOp(k, this::isVerwacht).json();
        var persoon = antwoord.path("persoon");
        assertThat(persoon.path("geslachtsnaam").asText()).isEqualTo("Vries");
        assertThat(persoon.path("voorvoegsel").asText()).isEqualTo("de");
        assertThat(persoon.path("adres").path("straat").asText()).isEqualTo("Lindelaan");
        assertThat(persoon.path("adres").path("postcode").asText()).isEqualTo("9001AB");
        assertThat(persoon.path("gemeenteVanInschrijving").asText()).isEqualTo("9001");
        List<String> gevraagd = new ArrayList<>();
        antwoord.path("gevraagdeGegevens").forEach(gegeven -> gevraagd.add(gegeven.asText()));
        assertThat(gevraagd).as("gevraagdeGegevens, for the verwerkingenlogging").contains("naam", "verblijfplaats");
    }

    private static PersoonOpvragen vraag(Kenmerken k, String bsn) {
        return new PersoonOpvragen(k.messageId(), k.correlationId(), k.aanvraagId(), "9001", bsn, "verhuizing",
                k.schaduw(), Instant.now());
    }
}

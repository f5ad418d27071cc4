package nl.midoffice.adapter.vergunningen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import nl.midoffice.adapterkit.AdapterContractTest;
import nl.midoffice.adapterkit.AdapterOnderTest;
import nl.midoffice.adapterkit.Kenmerken;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Headers;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.contracts.VergunningAanvragen;
import nl.midoffice.contracts.Woonadres;
import nl.midoffice.simulator.vergunningen.VergunningenSimulatorApplication;

/**
 * The adapter contract for a parking-permit application at the vergunningen service: taken is IN_BEHANDELING,
 * keyed on the aanvraag's reference; a plate the service cannot read is AFGEWEZEN at intake. The decision comes
 * later by callback, so the adapter's context runs a web server and the service is told to call it there, with a
 * secret of this test's own. The kit's adapter context has no Spring Security, so no chain has to let the callback
 * path through (the mid-office's own does; {@link VergunningenAdapterIT} shows such a chain).
 */
class VergunningenVergunningAanvragenContractIT extends AdapterContractTest {

    private static final String API_SLEUTEL = "contract-test-vergunningen-sleutel";
    private static final String CALLBACK_GEHEIM = "contract-test-callback-geheim";
    private static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    @Override
    protected AdapterOnderTest adapter() {
        return AdapterOnderTest.voor(Systemen.VERGUNNINGEN, Capability.VERGUNNINGEN)
                .simulator(VergunningenSimulatorApplication.class)
                // the decision arrives on the host's web server (platform-http)
                .metWebserver()
                .adapterEigenschap("midoffice.adapters.vergunningen.callback-url",
                        "http://localhost:{adapterPoort}" + BesluitOntvangenRoute.PAD)
                .adapterEigenschap("midoffice.adapters.vergunningen.callback-geheim", CALLBACK_GEHEIM)
                .adapterEigenschap("midoffice.adapters.vergunningen.api-sleutel", API_SLEUTEL)
                .simulatorEigenschap("simulator.api-sleutel", API_SLEUTEL)
                // decide and deliver within a test's patience (the service's defaults: 5 s, retries from 1 s)
                .simulatorEigenschap("simulator.beslistermijn", "200ms")
                .simulatorEigenschap("simulator.callback.eerste-wachttijd", "100ms")
                .simulatorEigenschap("simulator.callback.max-wachttijd", "500ms");
    }

    @Override
    protected Object opdracht(Kenmerken k) {
        return vergunning(k, "AB123C");
    }

    /** The service refuses a plate of no RDW sidecode at intake (400 on {@code kenteken}). */
    @Override
    protected Object geweigerdeOpdracht(Kenmerken k) {
        return vergunning(k, "ABC");
    }

    @Test
    void theGrantedPermitComesBackByCallbackAsAfgehandeld() {
        var k = Kenmerken.nieuw();

        stuur(opdracht(k), k);

        wachtOp(k, this::isVerwacht);
        var besluit = wachtOp(k, "AFGEHANDELD by callback",
                r -> isAntwoord(r) && AanvraagStatus.AFGEHANDELD.name().equals(r.status()));
        assertThat(besluit.reden()).startsWith("Uw parkeervergunning is verleend onder nummer PV-9001-");
        assertThat(besluit.capability()).isEqualTo(Capability.VERGUNNINGEN.name());
        assertThat(besluit.systeem()).isEqualTo(Systemen.VERGUNNINGEN);
        assertThat(besluit.correlationId()).as("correlation id back through the callback").isEqualTo(k.correlationId());
        assertThat(besluit.eigenschap(Headers.JMS_AANVRAAG_ID)).isEqualTo(k.aanvraagId());
        assertThat(besluit.eigenschap(Headers.JMS_CORRELATION_ID)).isEqualTo(k.correlationId());
        assertThat(besluit.schaduw()).isFalse();
    }

    @Test
    void aRefusedPlateIsNamedButNotEchoed() {
        var k = Kenmerken.nieuw();

        stuur(geweigerdeOpdracht(k), k);

        var afgewezen = wachtOp(k, r -> isAntwoord(r) && AanvraagStatus.AFGEWEZEN.name().equals(r.status()));
        assertThat(afgewezen.reden()).startsWith(AanvraagAntwoorden.AFGEWEZEN_INLEIDING + "het kenteken ")
                .doesNotContain("ABC");
        assertThat(ontvangenDoorSysteem(k)).as("nothing stored by the service").isEmpty();
    }

    /**
     * One address per command: the service grants one permit per address, and a test's decision must not depend
     * on another's. The house number follows from the reference, so the same command always has the same content
     * (a redelivery must match the first application, or the service answers 409).
     */
    private static VergunningAanvragen vergunning(Kenmerken k, String kenteken) {
        int huisnummer = Math.floorMod(k.referentie().hashCode(), 99_999) + 1;
        return new VergunningAanvragen(k.messageId(), k.correlationId(), k.aanvraagId(), k.referentie(), "9001",
                "parkeervergunning", "999993653", kenteken, LocalDate.now(TIJDZONE).plusDays(7).toString(),
                new Woonadres("Proefstraat", huisnummer, null, null, "9001AB", "Lindeveen"), k.referentie(),
                k.schaduw(), Instant.now());
    }
}

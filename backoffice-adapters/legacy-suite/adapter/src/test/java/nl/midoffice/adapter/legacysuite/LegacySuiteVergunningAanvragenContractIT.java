package nl.midoffice.adapter.legacysuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.midoffice.adapterkit.AdapterContractTest;
import nl.midoffice.adapterkit.AdapterOnderTest;
import nl.midoffice.adapterkit.Kenmerken;
import nl.midoffice.adapterkit.OntvangenBericht;
import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.Queues;
import nl.midoffice.contracts.Systemen;
import nl.midoffice.contracts.VergunningAanvragen;
import nl.midoffice.contracts.Woonadres;
import nl.midoffice.contracts.ZaakRegistreren;
import nl.midoffice.contracts.ZaakstatusOpvragen;
import nl.midoffice.simulator.legacysuite.LegacySuiteSimulatorApplication;
import nl.midoffice.simulator.legacysuite.zaak.ZaakRegister;

/**
 * The adapter contract for a permit on the legacy suite (into the werkbak: IN_BEHANDELING), and the rest of its
 * story: the clerk's decision comes back through the status polling as capability vergunningen.
 */
class LegacySuiteVergunningAanvragenContractIT extends AdapterContractTest {

    private static final String BSN = "999993653";

    @Override
    protected AdapterOnderTest adapter() {
        return AdapterOnderTest.voor(Systemen.LEGACY_SUITE, Capability.VERGUNNINGEN)
                .simulator(LegacySuiteSimulatorApplication.class);
    }

    @Override
    protected Object opdracht(Kenmerken k) {
        return vergunning(k, BSN);
    }

    /** The suite refuses an applicant whose BSN fails the 11-proef (Fo03 StUF055). */
    @Override
    protected Object geweigerdeOpdracht(Kenmerken k) {
        return vergunning(k, "123456789");
    }

    @Test
    void aZaakAlreadyRegisteredOnTheSuiteIsTheOneTheClerkDecidesOn() {
        var k = Kenmerken.nieuw();
        omgeving().berichten().stuur(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, new ZaakRegistreren(k.messageId(),
                k.correlationId(), k.aanvraagId(), k.referentie(), "9001", "parkeervergunning", BSN,
                "Parkeervergunning bewoners voor AB123C", "Ingangsdatum 2026-12-15", Map.of(), Instant.now(), false), k);
        wachtOp(k, r -> AanvraagStatus.GEREGISTREERD.name().equals(r.status()));

        stuur(opdracht(new Kenmerken("vergunning-" + k.messageId(), k.correlationId(), k.aanvraagId(),
                k.referentie(), false)), k);

        wachtOp(k, this::isVerwacht);
        wachtTotVerwerkt();
        assertThat(ontvangenDoorSysteem(k)).singleElement()
                .satisfies(zaak -> assertThat(zaak.path("herhalingen").asInt()).isEqualTo(1));
    }

    @Test
    void aGrantedPermitComesBackByPollingAsTheVergunningenResult() {
        var k = Kenmerken.nieuw();
        stuur(opdracht(k), k);
        wachtOp(k, this::isVerwacht);

        register().verleen(k.referentie(), LocalDate.now().plusDays(7), LocalDate.now().plusDays(7).plusYears(1));
        var besluit = pollStatus(k);

        assertThat(besluit.capability()).isEqualTo(Capability.VERGUNNINGEN.name());
        assertThat(besluit.status()).isEqualTo(AanvraagStatus.AFGEHANDELD.name());
        assertThat(besluit.reden()).startsWith("Parkeervergunning verleend, vergunningnummer PV-9001-");
    }

    @Test
    void aRefusedPermitComesBackWithTheClerksReason() {
        var k = Kenmerken.nieuw();
        stuur(opdracht(k), k);
        wachtOp(k, this::isVerwacht);

        register().wijsAf(k.referentie(), "Op uw adres is al een parkeervergunning verleend.");
        var besluit = pollStatus(k);

        assertThat(besluit.capability()).isEqualTo(Capability.VERGUNNINGEN.name());
        assertThat(besluit.status()).isEqualTo(AanvraagStatus.AFGEWEZEN.name());
        assertThat(besluit.reden()).isEqualTo("Op uw adres is al een parkeervergunning verleend.");
    }

    /** What the mid-office's polling does: ask for the zaak's status, knowing IN_BEHANDELING. */
    private OntvangenBericht pollStatus(Kenmerken k) {
        omgeving().berichten().stuur(Queues.LEGACY_SUITE_ZAAKSTATUS_OPVRAGEN, new ZaakstatusOpvragen(
                "poll-" + k.messageId(), k.correlationId(), k.aanvraagId(), "9001", k.referentie(),
                AanvraagStatus.IN_BEHANDELING, Instant.now()), k);
        return wachtOp(k, r -> r.status() != null && AanvraagStatus.valueOf(r.status()).isEindstatus());
    }

    /** The clerk's side of the real simulator: the werkbak's decision, without the browser. */
    private ZaakRegister register() {
        return omgeving().simulatorContext().getBean(ZaakRegister.class);
    }

    private static VergunningAanvragen vergunning(Kenmerken k, String bsn) {
        return new VergunningAanvragen(k.messageId(), k.correlationId(), k.aanvraagId(), k.referentie(), "9001",
                "parkeervergunning", bsn, "AB123C", LocalDate.now().plusDays(7).toString(),
                new Woonadres("Lindelaan", 12, null, null, "9001AB", "Lindeveen"), k.referentie(), k.schaduw(),
                Instant.now());
    }
}

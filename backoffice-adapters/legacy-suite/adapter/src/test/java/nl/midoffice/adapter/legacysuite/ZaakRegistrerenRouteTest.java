package nl.midoffice.adapter.legacysuite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.ZaakRegistreren;
import nl.midoffice.contracts.ZaakstatusOpvragen;

/** How the suite's answers become results for the mid-office (the Bv03/Fo03 handling). */
class ZaakRegistrerenRouteTest {

    private final ZaakRegistrerenRoute route = new ZaakRegistrerenRoute(new StufBerichten(Voorbeelden.PROPERTIES, Clock.systemUTC()), new StufAntwoorden());

    private final ZaakRegistreren opdracht = new ZaakRegistreren("m-1", "corr-1", "aanvraag-1", "MO-2026-000001",
            "9001", "melding-openbare-ruimte", "999993653", "Melding", "tekst", Map.of(), Instant.now(), false);

    @Test
    void bv03MeansRegistered() {
        var resultaat = route.resultaat(opdracht, 200, Voorbeelden.lees("Bv03.xml"));

        assertThat(resultaat.status()).isEqualTo(AanvraagStatus.GEREGISTREERD);
        assertThat(resultaat.zaakIdentificatie()).isEqualTo("MO-2026-000001");
        assertThat(resultaat.aanvraagId()).isEqualTo("aanvraag-1");
        assertThat(resultaat.correlationId()).isEqualTo("corr-1");
        assertThat(resultaat.systeem()).isEqualTo("legacy-suite");
    }

    @Test
    void fo03OnTheClientSideIsARefusalWithAReadableReason() {
        var resultaat = route.resultaat(opdracht, 500, Voorbeelden.lees("Fo03.xml"));

        assertThat(resultaat.status()).isEqualTo(AanvraagStatus.AFGEWEZEN);
        assertThat(resultaat.reden()).contains("Ongeldig BSN van de initiator");
    }

    @Test
    void fo03OnTheServerSideIsTechnicalAndRetried() {
        String serverFout = Voorbeelden.lees("Fo03.xml").replace(">client<", ">server<");

        assertThatThrownBy(() -> route.resultaat(opdracht, 500, serverFout)).isInstanceOf(LegacySuiteStoring.class)
                .hasMessageContaining("StUF055");
    }

    @Test
    void unavailableSuiteIsTechnical() {
        assertThatThrownBy(() -> route.resultaat(opdracht, 503, "")).isInstanceOf(LegacySuiteStoring.class)
                .hasMessageContaining("503");
        assertThatThrownBy(() -> route.resultaat(opdracht, 200, "<html/>")).isInstanceOf(LegacySuiteStoring.class);
    }

    @Test
    void theNewestKnownStatusIsReported() {
        var vraag = new ZaakstatusOpvragen("m-2", "corr-1", "aanvraag-1", "9001", "MO-2026-000001",
                AanvraagStatus.GEREGISTREERD, Instant.now());
        var statussen = new StufAntwoorden().zaakstatussen(Voorbeelden.lees("geefZaakstatus_ZakLa01.xml"));

        var resultaat = ZaakstatusOpvragenRoute.laatsteStatus(vraag, statussen);

        assertThat(resultaat.status()).isEqualTo(AanvraagStatus.IN_BEHANDELING);
        assertThat(resultaat.reden()).isEqualTo("Opgepakt door team Buitenruimte");
        assertThat(ZaakstatusOpvragenRoute.laatsteStatus(vraag, List.of())).isNull();
        var alBekend = new ZaakstatusOpvragen("m-3", "corr-1", "aanvraag-1", "9001", "MO-2026-000001",
                AanvraagStatus.IN_BEHANDELING, Instant.now());
        assertThat(ZaakstatusOpvragenRoute.laatsteStatus(alBekend, statussen)).as("nothing new: no message").isNull();
    }
}

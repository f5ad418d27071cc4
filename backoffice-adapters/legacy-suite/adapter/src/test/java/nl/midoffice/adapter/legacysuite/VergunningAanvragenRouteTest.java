package nl.midoffice.adapter.legacysuite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.contracts.Capability;
import nl.midoffice.contracts.VergunningAanvragen;
import nl.midoffice.contracts.ZaakstatusOpvragen;

/** A permit on the legacy suite: into the werkbak (IN_BEHANDELING), the clerk's decision back by polling. */
class VergunningAanvragenRouteTest {

    private final VergunningAanvragenRoute route = new VergunningAanvragenRoute(new StufBerichten(Voorbeelden.PROPERTIES, Clock.systemUTC()), new StufAntwoorden());

    private final VergunningAanvragen opdracht = new VergunningAanvragen("m-1", "corr-1", "aanvraag-1",
            "MO-2026-000002", "9001", "parkeervergunning", "999993653", "AB123C", "2026-12-15", null,
            "MO-2026-000002", false, Instant.now());

    private final ZaakstatusOpvragen vraag = new ZaakstatusOpvragen("m-2", "corr-1", "aanvraag-1", "9001",
            "MO-2026-000002", AanvraagStatus.IN_BEHANDELING, Instant.now());

    @Test
    void bv03MeansTheApplicationIsInTheWerkbak() {
        var resultaat = route.resultaat(opdracht, 200, Voorbeelden.lees("Bv03.xml"));

        assertThat(resultaat.status()).isEqualTo(AanvraagStatus.IN_BEHANDELING);
        assertThat(resultaat.capability()).isEqualTo(Capability.VERGUNNINGEN);
        assertThat(resultaat.systeem()).isEqualTo("legacy-suite");
        assertThat(resultaat.zaakIdentificatie()).isEqualTo("MO-2026-000002");
        assertThat(resultaat.correlationId()).isEqualTo("corr-1");
    }

    @Test
    void fo03OnTheClientSideIsARefusalWithTheSuitesReason() {
        var resultaat = route.resultaat(opdracht, 500, Voorbeelden.lees("Fo03.xml"));

        assertThat(resultaat.status()).isEqualTo(AanvraagStatus.AFGEWEZEN);
        assertThat(resultaat.capability()).isEqualTo(Capability.VERGUNNINGEN);
        assertThat(resultaat.reden()).contains("Ongeldig BSN van de initiator");
    }

    @Test
    void anUnavailableSuiteIsTechnical() {
        assertThatThrownBy(() -> route.resultaat(opdracht, 503, "")).isInstanceOf(LegacySuiteStoring.class);
    }

    @Test
    void aGrantedPermitIsReportedAsTheVergunningenResultWithItsDetails() {
        var stand = new StufAntwoorden().zaakstand(Voorbeelden.lees("geefZaakstatus_ZakLa01_besluit.xml"));

        var resultaat = ZaakstatusOpvragenRoute.laatsteStatus(vraag, stand);

        assertThat(resultaat.capability()).isEqualTo(Capability.VERGUNNINGEN);
        assertThat(resultaat.status()).isEqualTo(AanvraagStatus.AFGEHANDELD);
        assertThat(resultaat.reden()).startsWith("Parkeervergunning verleend, vergunningnummer PV-9001-000001");
        assertThat(resultaat.tijdstip()).isNotNull();
    }

    @Test
    void aRefusedPermitCarriesTheClerksReason() {
        String afgewezen = Voorbeelden.lees("geefZaakstatus_ZakLa01_besluit.xml")
                .replace(">VERLEEND<", ">AFGEWEZEN<").replace(">3<", ">4<").replace(">Afgehandeld<", ">Afgewezen<")
                .replaceAll("Parkeervergunning verleend, [^<]*", "U staat niet ingeschreven op dit adres.");
        var stand = new StufAntwoorden().zaakstand(afgewezen);

        var resultaat = ZaakstatusOpvragenRoute.laatsteStatus(vraag, stand);

        assertThat(resultaat.capability()).isEqualTo(Capability.VERGUNNINGEN);
        assertThat(resultaat.status()).isEqualTo(AanvraagStatus.AFGEWEZEN);
        assertThat(resultaat.reden()).isEqualTo("U staat niet ingeschreven op dit adres.");
    }

    @Test
    void aDecisionAlreadyKnownIsNotReportedAgain() {
        var stand = new StufAntwoorden().zaakstand(Voorbeelden.lees("geefZaakstatus_ZakLa01_besluit.xml"));
        var alBekend = new ZaakstatusOpvragen("m-3", "corr-1", "aanvraag-1", "9001", "MO-2026-000002",
                AanvraagStatus.AFGEHANDELD, Instant.now());

        assertThat(ZaakstatusOpvragenRoute.laatsteStatus(alBekend, stand)).isNull();
    }

    @Test
    void withoutADecisionAStatusChangeStaysZaakregistratie() {
        var statussen = new StufAntwoorden().zaakstatussen(Voorbeelden.lees("geefZaakstatus_ZakLa01.xml"));
        var geregistreerd = new ZaakstatusOpvragen("m-4", "corr-1", "aanvraag-1", "9001", "MO-2026-000001",
                AanvraagStatus.GEREGISTREERD, Instant.now());

        var resultaat = ZaakstatusOpvragenRoute.laatsteStatus(geregistreerd,
                new StufAntwoorden.Zaakstand(statussen, java.util.Optional.empty()));

        assertThat(resultaat.capability()).isEqualTo(Capability.ZAAKREGISTRATIE);
        assertThat(resultaat.status()).isEqualTo(AanvraagStatus.IN_BEHANDELING);
        assertThat(ZaakstatusOpvragenRoute.laatsteStatus(geregistreerd, List.of())).isNull();
    }
}

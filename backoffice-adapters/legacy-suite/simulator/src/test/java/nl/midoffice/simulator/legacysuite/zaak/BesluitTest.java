package nl.midoffice.simulator.legacysuite.zaak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class BesluitTest {

    static final LocalDate VANAF = LocalDate.of(2026, 12, 15);
    static final LocalDate TOT = LocalDate.of(2027, 12, 15);

    private final ZaakRegister register =
            new ZaakRegister(Clock.fixed(Instant.parse("2026-11-28T09:15:00Z"), ZoneId.of("Europe/Amsterdam")));

    @Test
    void verlenenSluitDeZaakAfMetVergunningnummerEnGeldigheid() {
        register.registreer(zaak("Z-1", NieuweZaak.PARKEERVERGUNNING), aflevering());

        Zaak zaak = register.verleen("Z-1", VANAF, TOT);

        assertThat(zaak.huidigeStatus().status()).isEqualTo(ZaakStatus.AFGEHANDELD);
        assertThat(zaak.huidigeStatus().toelichting()).isEqualTo(
                "Parkeervergunning verleend, vergunningnummer PV-9001-000001, geldig van 15-12-2026 tot 15-12-2027");
        assertThat(zaak.besluit().uitkomst()).isEqualTo(Besluit.Uitkomst.VERLEEND);
        assertThat(zaak.besluit().vergunningnummer()).isEqualTo("PV-9001-000001");
    }

    @Test
    void afwijzenZetAfgewezenMetDeRedenAlsToelichting() {
        register.registreer(zaak("Z-1", NieuweZaak.PARKEERVERGUNNING), aflevering());

        Zaak zaak = register.wijsAf("Z-1", "  Uw adres ligt buiten het vergunninggebied  ");

        assertThat(zaak.huidigeStatus().status()).isEqualTo(ZaakStatus.AFGEWEZEN);
        assertThat(zaak.huidigeStatus().toelichting()).isEqualTo("Uw adres ligt buiten het vergunninggebied");
        assertThat(zaak.besluit().uitkomst()).isEqualTo(Besluit.Uitkomst.AFGEWEZEN);
        assertThat(zaak.besluit().vergunningnummer()).isNull();
    }

    @Test
    void eenGeweigerdePogingKostGeenVergunningnummer() {
        register.registreer(zaak("Z-1", NieuweZaak.PARKEERVERGUNNING), aflevering());

        assertThatThrownBy(() -> register.verleen("Z-1", TOT, VANAF))
                .isInstanceOf(StatusWijzigingGeweigerdException.class)
                .hasMessageContaining("na de ingangsdatum");
        assertThat(register.verleen("Z-1", VANAF, TOT).besluit().vergunningnummer()).isEqualTo("PV-9001-000001");
    }

    @Test
    void afwijzenZonderRedenWordtGeweigerd() {
        register.registreer(zaak("Z-1", NieuweZaak.PARKEERVERGUNNING), aflevering());

        assertThatThrownBy(() -> register.wijsAf("Z-1", " "))
                .isInstanceOf(StatusWijzigingGeweigerdException.class)
                .hasMessageContaining("reden");
        assertThat(register.zoek("Z-1").orElseThrow().statussen()).hasSize(1);
    }

    @Test
    void eenAnderZaaktypeKrijgtGeenBesluit() {
        register.registreer(zaak("Z-1", "melding-openbare-ruimte"), aflevering());

        assertThatThrownBy(() -> register.verleen("Z-1", VANAF, TOT))
                .isInstanceOf(StatusWijzigingGeweigerdException.class)
                .hasMessageContaining("geen parkeervergunning");
        assertThat(register.zoek("Z-1").orElseThrow().besluit()).isNull();
    }

    @Test
    void naEenBesluitKanErGeenTweedeKomen() {
        register.registreer(zaak("Z-1", NieuweZaak.PARKEERVERGUNNING), aflevering());
        register.wijsAf("Z-1", "Geen plek");

        assertThatThrownBy(() -> register.verleen("Z-1", VANAF, TOT))
                .isInstanceOf(StatusWijzigingGeweigerdException.class)
                .hasMessageContaining("al afgewezen");
        assertThat(register.zoek("Z-1").orElseThrow().besluit().uitkomst()).isEqualTo(Besluit.Uitkomst.AFGEWEZEN);
    }

    private static NieuweZaak zaak(String identificatie, String zaaktype) {
        return new NieuweZaak(identificatie, "9001", "omschrijving", null, null, "20261128",
                zaaktype, null, "999993653");
    }

    private static Aflevering aflevering() {
        return new Aflevering("corr-1", null, "ref-1");
    }
}

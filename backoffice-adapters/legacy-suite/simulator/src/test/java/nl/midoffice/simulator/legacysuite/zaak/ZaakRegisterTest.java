package nl.midoffice.simulator.legacysuite.zaak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ZaakRegisterTest {

    private final ZaakRegister register =
            new ZaakRegister(Clock.fixed(Instant.parse("2026-11-28T09:15:00Z"), ZoneId.of("Europe/Amsterdam")));

    @Test
    void nieuweZaakKrijgtStatusGeregistreerd() {
        assertThat(register.registreer(zaak("Z-1", "999993653"), aflevering())).isEqualTo(Registratie.AANGEMAAKT);

        Zaak zaak = register.zoek("Z-1").orElseThrow();
        assertThat(zaak.statussen()).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ZaakStatus.GEREGISTREERD));
        assertThat(zaak.herhalingen()).isZero();
    }

    @Test
    void dezelfdeZaakNogmaalsIsEenHerhaling() {
        register.registreer(zaak("Z-1", "999993653"), aflevering());
        assertThat(register.registreer(zaak("Z-1", "999993653"), aflevering())).isEqualTo(Registratie.HERHALING);

        assertThat(register.alleNieuwsteEerst()).singleElement()
                .satisfies(z -> assertThat(z.herhalingen()).isEqualTo(1));
    }

    @Test
    void zelfdeIdentificatieMetAndereInitiatorIsEenConflict() {
        register.registreer(zaak("Z-1", "999993653"), aflevering());
        assertThat(register.registreer(zaak("Z-1", "111222333"), aflevering())).isEqualTo(Registratie.CONFLICT);
        assertThat(register.zoek("Z-1").orElseThrow().gegevens().initiatorBsn()).isEqualTo("999993653");
    }

    @Test
    void gelijktijdigeAfleveringenMakenPreciesEenZaak() throws Exception {
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Registratie>> uitkomsten = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                uitkomsten.add(pool.submit(() -> {
                    start.await();
                    return register.registreer(zaak("Z-GELIJK", "999993653"), aflevering());
                }));
            }
            start.countDown();
            List<Registratie> resultaten = new ArrayList<>();
            for (Future<Registratie> uitkomst : uitkomsten) {
                resultaten.add(uitkomst.get(10, TimeUnit.SECONDS));
            }
            assertThat(resultaten).filteredOn(r -> r == Registratie.AANGEMAAKT).hasSize(1);
            assertThat(register.alleNieuwsteEerst()).singleElement()
                    .satisfies(z -> assertThat(z.herhalingen()).isEqualTo(threads - 1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eindstatusKanNietMeerWijzigen() {
        register.registreer(zaak("Z-1", "999993653"), aflevering());
        register.wijzigStatus("Z-1", ZaakStatus.AFGEWEZEN, "Geen parkeerplaats beschikbaar");

        assertThatThrownBy(() -> register.wijzigStatus("Z-1", ZaakStatus.IN_BEHANDELING, ""))
                .isInstanceOf(StatusWijzigingGeweigerdException.class)
                .hasMessageContaining("afgewezen");
        assertThat(register.zoek("Z-1").orElseThrow().statussen()).hasSize(2);
    }

    @Test
    void onbekendeZaakWijzigenWordtGeweigerd() {
        assertThatThrownBy(() -> register.wijzigStatus("BESTAAT-NIET", ZaakStatus.IN_BEHANDELING, ""))
                .isInstanceOf(StatusWijzigingGeweigerdException.class)
                .hasMessageContaining("bestaat niet");
    }

    @Test
    void nieuwsteZaakStaatBovenaan() {
        register.registreer(zaak("Z-1", "999993653"), aflevering());
        register.registreer(zaak("Z-2", "999993653"), aflevering());
        assertThat(register.alleNieuwsteEerst()).extracting(Zaak::identificatie).containsExactly("Z-2", "Z-1");
    }

    private static NieuweZaak zaak(String identificatie, String bsn) {
        return new NieuweZaak(identificatie, "9001", "omschrijving", null, null, "20261128",
                "melding-openbare-ruimte", "Melding openbare ruimte", bsn);
    }

    private static Aflevering aflevering() {
        return new Aflevering("corr-1", null, "ref-1");
    }
}

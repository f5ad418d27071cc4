package nl.midoffice.simulator.vergunningen.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.midoffice.simulator.vergunningen.SimulatorProperties;

/** The register's rules and its thread safety, without Spring. */
class AanvraagRegisterTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final Clock KLOK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZONE);
    static final LocalDate VANDAAG = LocalDate.now(KLOK);
    static final Adres ADRES = new Adres("1234AB", 12, null, null);

    final SimulatorProperties properties = new SimulatorProperties(Duration.ofSeconds(5), "sleutel",
            List.of("ZZ-999-Z"), "PV", "Europe/Amsterdam",
            new SimulatorProperties.Callback(10, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(5)));
    final AanvraagRegister register = new AanvraagRegister(new Beslisregels(properties), KLOK, properties);
    final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void dezelfdeAanvraagIsEenHerhalingEnAndereInhoudEenConflict() {
        Aanvraag eerste = register.ontvang(gegevens("R1", ADRES, "AB123C"), new Herkomst("a", "c")).aanvraag();

        Ontvangst nogmaals = register.ontvang(gegevens("R1", new Adres("1234AB", 12, "", " "), "AB123C"),
                new Herkomst("b", "d"));
        Ontvangst anders = register.ontvang(gegevens("R1", ADRES, "12ABC3"), new Herkomst("a", "c"));

        assertThat(nogmaals.registratie()).isEqualTo(Registratie.HERHALING);
        assertThat(nogmaals.aanvraag().id()).isEqualTo(eerste.id());
        assertThat(nogmaals.aanvraag().herhalingen()).isEqualTo(1);
        assertThat(nogmaals.aanvraag().herkomst()).as("de eerste aflevering telt").isEqualTo(new Herkomst("a", "c"));
        assertThat(anders.registratie()).isEqualTo(Registratie.CONFLICT);
        assertThat(register.alleNieuwsteEerst()).hasSize(1);
    }

    @Test
    void gelijktijdigDezelfdeReferentieMaaktPreciesEenAanvraag() throws Exception {
        List<Ontvangst> uitkomsten = tegelijk(32, i -> register.ontvang(gegevens("R1", ADRES, "AB123C"), new Herkomst(null, null)));

        assertThat(uitkomsten).filteredOn(o -> o.registratie() == Registratie.NIEUW).hasSize(1);
        assertThat(uitkomsten).extracting(o -> o.aanvraag().id()).containsOnly(uitkomsten.get(0).aanvraag().id());
        assertThat(register.alleNieuwsteEerst()).hasSize(1);
    }

    @Test
    void gelijktijdigBeslissenOverEenAdresVerleentPreciesEenVergunning() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            ids.add(register.ontvang(gegevens("R" + i, ADRES, "AB123C"), new Herkomst(null, null)).aanvraag().id());
        }

        List<Aanvraag> besloten = tegelijk(ids.size(), i -> register.beslisVolgensRegels(ids.get(i)).orElseThrow());

        assertThat(besloten).filteredOn(a -> a.besluit().uitkomst() == Uitkomst.VERLEEND).hasSize(1);
        assertThat(besloten).filteredOn(a -> a.besluit().uitkomst() == Uitkomst.AFGEWEZEN)
                .hasSize(31)
                .allSatisfy(a -> assertThat(a.besluit().reden()).isEqualTo(Beslisregels.ADRES_AL_VERGUND));
    }

    @Test
    void eenBesluitWordtMaarEenKeerGenomen() {
        String id = register.ontvang(gegevens("R1", ADRES, "AB123C"), new Herkomst(null, null)).aanvraag().id();

        Aanvraag handmatig = register.beslisHandmatig(id, Uitkomst.AFGEWEZEN, "Geen parkeerplaats in deze straat");

        assertThat(handmatig.besluit().handmatig()).isTrue();
        assertThat(handmatig.aflevering().status()).isEqualTo(AfleverStatus.BEZIG);
        assertThat(register.beslisVolgensRegels(id)).as("de regels komen te laat").isEmpty();
        assertThatThrownBy(() -> register.beslisHandmatig(id, Uitkomst.VERLEEND, "toch wel"))
                .isInstanceOf(BesluitGeweigerdException.class);
        assertThat(register.zoek(id).orElseThrow().besluit().uitkomst()).isEqualTo(Uitkomst.AFGEWEZEN);
    }

    @Test
    void eenVerleendeVergunningHeeftEenJaarGeldigheidEnEenUniekNummer() {
        String a = register.ontvang(gegevens("R1", ADRES, "AB123C"), new Herkomst(null, null)).aanvraag().id();
        String b = register.ontvang(gegevens("R2", new Adres("1234AB", 14, null, null), "AB123C"),
                new Herkomst(null, null)).aanvraag().id();

        Besluit eerste = register.beslisVolgensRegels(a).orElseThrow().besluit();
        Besluit tweede = register.beslisVolgensRegels(b).orElseThrow().besluit();

        assertThat(eerste.geldigVanaf()).isEqualTo(VANDAAG.plusDays(3));
        assertThat(eerste.geldigTot()).isEqualTo(VANDAAG.plusDays(3).plusYears(1));
        assertThat(eerste.besluitdatum()).isEqualTo(VANDAAG);
        assertThat(eerste.vergunningnummer()).isEqualTo("PV-9001-000001");
        assertThat(tweede.vergunningnummer()).isEqualTo("PV-9001-000002");
    }

    @Test
    void eenVerlopenVergunningStaatNietInDeWeg() {
        Vergunning verlopen = new Vergunning("x", "PV-1", VANDAAG.minusYears(1), VANDAAG);
        Vergunning lopend = new Vergunning("y", "PV-2", VANDAAG.minusMonths(6), VANDAAG.plusMonths(6));
        Vergunning toekomstig = new Vergunning("z", "PV-3", VANDAAG.plusYears(2), VANDAAG.plusYears(3));

        assertThat(verlopen.staatInDeWeg(VANDAAG, VANDAAG.plusYears(1), VANDAAG)).isFalse();
        assertThat(lopend.staatInDeWeg(VANDAAG, VANDAAG.plusYears(1), VANDAAG)).isTrue();
        assertThat(toekomstig.staatInDeWeg(VANDAAG, VANDAAG.plusYears(1), VANDAAG)).isFalse();
    }

    @Test
    void demoKentekensUitDeInstellingenWordenGenormaliseerd() {
        Beslisregels regels = new Beslisregels(properties);

        assertThat(regels.isOnbekendBijRdw(new Kenteken("ZZ999Z"))).isTrue();
        assertThat(regels.isOnbekendBijRdw(new Kenteken("AB123C"))).isFalse();
    }

    private static AanvraagGegevens gegevens(String referentie, Adres adres, String kenteken) {
        return new AanvraagGegevens(referentie, "9001", new Aanvrager("999993653", adres, "9001"),
                new Kenteken(kenteken), VANDAAG.plusDays(3), URI.create("http://localhost/callback"), null);
    }

    interface Taak<T> {
        T voerUit(int i) throws Exception;
    }

    private <T> List<T> tegelijk(int aantal, Taak<T> taak) throws Exception {
        List<Callable<T>> taken = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            int n = i;
            taken.add(() -> taak.voerUit(n));
        }
        List<T> uit = new ArrayList<>();
        for (Future<T> f : pool.invokeAll(taken)) {
            uit.add(f.get());
        }
        return uit;
    }
}

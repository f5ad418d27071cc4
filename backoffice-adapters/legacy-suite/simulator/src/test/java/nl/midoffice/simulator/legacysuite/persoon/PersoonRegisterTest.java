package nl.midoffice.simulator.legacysuite.persoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.midoffice.simulator.legacysuite.SimulatorProperties;

class PersoonRegisterTest {

    /** The BRP simulator's persons: the legacy copy is meant to hold the same people. */
    static final Path BRP_PERSONEN = Path.of("..", "..", "brp", "simulator", "src", "main", "resources", "personen.json");
    static final String THOMAS_MULDER = "999999606";

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void laadtDeTestpersonen() {
        PersoonRegister register = register("classpath:persoonsgegevens.json");

        assertThat(register.alle()).hasSize(12);
        Persoon jan = register.zoek("999993653").orElseThrow();
        assertThat(jan.voornamen()).isEqualTo("Jan Pieter");
        assertThat(jan.voorvoegselGeslachtsnaam()).isEqualTo("de");
        assertThat(jan.geboortedatum()).isEqualTo(LocalDate.of(1975, 3, 14));
        assertThat(jan.verblijfsadres().postcode()).isEqualTo("9001AB");
        assertThat(register.zoek("999990019")).isEmpty();
    }

    @Test
    void deKopieHeeftThomasMulderNogOpZijnOudeAdres() {
        Verblijfsadres adres = register("classpath:persoonsgegevens.json").zoek(THOMAS_MULDER).orElseThrow().verblijfsadres();
        assertThat(adres.openbareRuimteNaam()).isEqualTo("Dorpsstraat");
        assertThat(adres.huisnummer()).isEqualTo(3);
        assertThat(adres.postcode()).isEqualTo("9002AB");
    }

    /** Guards the demo's story: exactly one deliberate difference with the BRP, not drift by accident. */
    @Test
    void verschiltAlleenInHetAdresVanThomasMulderVanDeBrp() throws Exception {
        assumeThat(BRP_PERSONEN).as("BRP-simulator in deze checkout").exists();
        PersoonRegister register = register("classpath:persoonsgegevens.json");
        List<String> verschillen = new ArrayList<>();
        JsonNode brp = json.readTree(BRP_PERSONEN.toFile());

        for (JsonNode p : brp) {
            String bsn = p.path("burgerservicenummer").asString();
            Persoon kopie = register.zoek(bsn).orElse(null);
            if (kopie == null) {
                verschillen.add(bsn + " ontbreekt");
                continue;
            }
            JsonNode naam = p.path("naam");
            JsonNode adres = p.path("verblijfplaats").path("verblijfadres");
            if (!naam.path("geslachtsnaam").asString().equals(kopie.geslachtsnaam())
                    || !naam.path("voornamen").asString().equals(kopie.voornamen())
                    || !naam.path("voorvoegsel").asString("").equals(leeg(kopie.voorvoegselGeslachtsnaam()))
                    || !p.path("geboorte").path("datum").path("datum").asString().equals(kopie.geboortedatum().toString())
                    || !p.path("geslacht").path("code").asString().equals(kopie.geslachtsaanduiding())
                    || !p.path("gemeenteVanInschrijving").path("code").asString().equals(kopie.gemeenteVanInschrijving())) {
                verschillen.add(bsn + " persoon");
            }
            Verblijfsadres a = kopie.verblijfsadres();
            if (!adres.path("officieleStraatnaam").asString().equals(a.openbareRuimteNaam())
                    || adres.path("huisnummer").asInt() != a.huisnummer()
                    || !adres.path("huisletter").asString("").equals(leeg(a.huisletter()))
                    || !adres.path("huisnummertoevoeging").asString("").equals(leeg(a.huisnummertoevoeging()))
                    || !adres.path("postcode").asString().equals(a.postcode())
                    || !adres.path("woonplaats").asString().equals(a.woonplaatsNaam())) {
                verschillen.add(bsn + " adres");
            }
        }
        assertThat(verschillen).containsExactly(THOMAS_MULDER + " adres");
        assertThat(register.alle()).hasSize(brp.size());
    }

    @Test
    void eenOngeldigBsnInHetBestandLaatDeStartMislukken(@TempDir Path map) throws Exception {
        Path bestand = Files.writeString(map.resolve("personen.json"), """
                {"personen": [{"bsn": "123456789", "geslachtsnaam": "Fout", "voornamen": "Een",
                  "geboortedatum": "1980-01-01", "geslachtsaanduiding": "O", "gemeenteVanInschrijving": "9001",
                  "verblijfsadres": {"woonplaatsNaam": "Lindeveen", "openbareRuimteNaam": "Lindelaan",
                    "postcode": "9001AB", "huisnummer": 1}}]}""");

        assertThatThrownBy(() -> register(bestand.toUri().toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ongeldig BSN")
                .hasMessageNotContaining("123456789");
    }

    private PersoonRegister register(String bron) {
        SimulatorProperties properties = new SimulatorProperties("9001", "LEGACYSUITE", "LS",
                "Europe/Amsterdam", bron, 500);
        return new PersoonRegister(properties, new DefaultResourceLoader(), json);
    }

    private static String leeg(String waarde) {
        return waarde == null ? "" : waarde;
    }
}

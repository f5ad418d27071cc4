package nl.midoffice.midoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generator's residents are the simulators' test persons: each lives, in the BRP simulator and in the legacy
 * suite's copy alike, in the municipality the generator applies for them, so the person check passes whichever
 * system answers it. Reads the simulators' own data files from the repository.
 */
class TestinwonersTest {

    private static final Path ADAPTERS = Path.of("..", "backoffice-adapters");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyResidentLivesInTheirMunicipalityInTheBrpAndInTheLegacyCopy() throws Exception {
        Map<String, JsonNode> brp = new HashMap<>();
        for (JsonNode p : lees("brp/simulator/src/main/resources/personen.json")) {
            brp.put(p.get("burgerservicenummer").asString(), p);
        }
        Map<String, JsonNode> legacy = new HashMap<>();
        for (JsonNode p : lees("legacy-suite/simulator/src/main/resources/persoonsgegevens.json").get("personen")) {
            legacy.put(p.get("bsn").asString(), p);
        }
        assertThat(Testinwoners.ALLE).hasSizeGreaterThanOrEqualTo(8);
        for (Testinwoners.Inwoner inwoner : Testinwoners.ALLE) {
            JsonNode b = brp.get(inwoner.bsn());
            JsonNode l = legacy.get(inwoner.bsn());
            assertThat(b).as("in the BRP simulator: %s", inwoner).isNotNull();
            assertThat(l).as("in the legacy copy: %s", inwoner).isNotNull();
            assertThat(b.get("gemeenteVanInschrijving").get("code").asString()).isEqualTo(inwoner.gemeente());
            assertThat(l.get("gemeenteVanInschrijving").asString()).isEqualTo(inwoner.gemeente());
            JsonNode adres = b.get("verblijfplaats").get("verblijfadres");
            assertThat(adres.get("postcode").asString()).isEqualTo(inwoner.postcode());
            assertThat(adres.get("huisnummer").asInt()).isEqualTo(inwoner.huisnummer());
            assertThat(b.get("geboorte").get("datum").get("datum").asString()).isEqualTo(inwoner.geboortedatum().toString());
        }
        // every person of the demo municipalities is in the list: the generator leaves none out
        assertThat(Testinwoners.ALLE).hasSize((int) brp.values().stream()
                .map(p -> p.get("gemeenteVanInschrijving").get("code").asString())
                .filter(g -> g.equals("9001") || g.equals("9002")).count());
    }

    @Test
    void bothMunicipalitiesHaveAdultsToApplyAndAHouseholdToMoveTogether() {
        LocalDate dag = LocalDate.of(2026, 11, 28);
        for (String gemeente : Verkeersaanvragen.GEMEENTEN) {
            assertThat(Testinwoners.aanvragersIn(gemeente, dag)).isNotEmpty()
                    .allSatisfy(i -> assertThat(i.volwassenOp(dag)).isTrue());
            assertThat(Testinwoners.aanvragersIn(gemeente, dag)).anySatisfy(
                    i -> assertThat(Testinwoners.huisgenotenVan(i)).isNotEmpty());
        }
        assertThat(Testinwoners.aanvragersIn("9001", dag)).extracting(Testinwoners.Inwoner::bsn)
                .as("a child does not apply").doesNotContain("999996708");
    }

    private JsonNode lees(String pad) throws Exception {
        return json.readTree(Files.readString(ADAPTERS.resolve(pad)));
    }
}

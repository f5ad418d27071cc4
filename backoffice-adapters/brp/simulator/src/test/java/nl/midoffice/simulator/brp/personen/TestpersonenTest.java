package nl.midoffice.simulator.brp.personen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.midoffice.simulator.support.Bsn;

/** The test data is a product feature: other modules (portal, vergunningen rules) rely on these facts. */
class TestpersonenTest {

    private static final Set<String> GEDOCUMENTEERD =
            Set.of("999993653", "999995492", "999991802", "999999321", "999994086", "999992971");

    private static List<JsonNode> personen;
    private static Map<String, JsonNode> perBsn;

    @BeforeAll
    static void lees() throws IOException {
        try (InputStream in = TestpersonenTest.class.getResourceAsStream("/personen.json")) {
            personen = new ArrayList<>();
            JsonMapper.builder().build().readTree(in).forEach(personen::add);
        }
        perBsn = new HashMap<>();
        personen.forEach(p -> perBsn.put(p.get("burgerservicenummer").asString(), p));
    }

    @Test
    void twaalfPersonenMetGeldigeEnUniekeBsnsWaaronderDeGedocumenteerde() {
        assertThat(personen).hasSize(12);
        assertThat(perBsn).hasSize(12);
        assertThat(perBsn.keySet()).allMatch(Bsn::isGeldig).containsAll(GEDOCUMENTEERD);
    }

    @Test
    void inLindeveenBergdalEnEenDaarbuiten() {
        Map<String, Long> perGemeente = personen.stream().collect(Collectors.groupingBy(
                p -> p.at("/gemeenteVanInschrijving/code").asString(), Collectors.counting()));
        assertThat(perGemeente).containsOnlyKeys("9001", "9002", "0363");
        assertThat(perGemeente.get("0363")).isEqualTo(1);
        assertThat(perBsn.get("999994086").at("/gemeenteVanInschrijving/omschrijving").asString()).isEqualTo("Amsterdam");
    }

    @Test
    void eenMinderjarige() {
        LocalDate achttienJaarGeleden = LocalDate.now().minusYears(18);
        assertThat(personen).filteredOn(p -> LocalDate.parse(p.at("/geboorte/datum/datum").asString())
                .isAfter(achttienJaarGeleden)).extracting(p -> p.get("burgerservicenummer").asString())
                .containsExactly("999996708");
    }

    @Test
    void meerderePersonenOpHetzelfdeAdresInBeideGemeenten() {
        Map<String, List<String>> perAdres = personen.stream().collect(Collectors.groupingBy(
                p -> p.at("/verblijfplaats/verblijfadres/postcode").asString() + "-"
                        + p.at("/verblijfplaats/verblijfadres/huisnummer").asInt(),
                Collectors.mapping(p -> p.get("burgerservicenummer").asString(), Collectors.toList())));
        assertThat(perAdres.get("9001AB-12")).containsExactlyInAnyOrder("999993653", "999995492", "999996708");
        assertThat(perAdres.get("9002CD-5")).containsExactlyInAnyOrder("999991802", "999993938");
    }

    @Test
    void partnersKinderenEnOudersVerwijzenOverEnWeerNaarElkaar() {
        for (JsonNode p : personen) {
            String bsn = p.get("burgerservicenummer").asString();
            for (JsonNode partner : p.path("partners")) {
                JsonNode ander = perBsn.get(partner.get("burgerservicenummer").asString());
                assertThat(ander).as("partner van " + bsn).isNotNull();
                assertThat(ander.path("partners").findValuesAsString("burgerservicenummer")).contains(bsn);
            }
            for (JsonNode kind : p.path("kinderen")) {
                JsonNode k = perBsn.get(kind.get("burgerservicenummer").asString());
                assertThat(k).as("kind van " + bsn).isNotNull();
                assertThat(k.path("ouders").findValuesAsString("burgerservicenummer")).contains(bsn);
            }
        }
    }

    @Test
    void postcodesEnAdresseringZijnConsistent() {
        for (JsonNode p : personen) {
            JsonNode adres = p.at("/verblijfplaats/verblijfadres");
            String postcode = adres.get("postcode").asString();
            assertThat(postcode).matches("[1-9][0-9]{3}[A-Z]{2}");
            assertThat(p.at("/adressering/adresregel2").asString())
                    .isEqualTo(postcode.substring(0, 4) + " " + postcode.substring(4) + "  "
                            + adres.get("woonplaats").asString().toUpperCase());
            assertThat(p.at("/adressering/adresregel1").asString()).startsWith(adres.get("korteStraatnaam").asString());
        }
    }
}

package nl.midoffice.adapter.brp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.midoffice.contracts.Persoon;
import nl.midoffice.contracts.PersoonOpvragen;

/**
 * The adapter's question, asked of the real BRP simulator over HTTP, and the mapping of what it answers: for every
 * test person it holds, checked against the simulator's own summary of that person.
 */
class BrpAntwoordenIT {

    private static BrpSimulator simulator;
    private final BrpBerichten berichten = new BrpBerichten();
    private final BrpAntwoorden antwoorden = new BrpAntwoorden();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        simulator = BrpSimulator.start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void everyTestPersonIsMappedAsTheSimulatorDescribesThem() {
        List<JsonNode> testpersonen = simulator.testpersonen();
        assertThat(testpersonen).hasSizeGreaterThanOrEqualTo(12);

        for (JsonNode samenvatting : testpersonen) {
            String bsn = samenvatting.path("bsn").asText();
            var antwoord = simulator.personen(berichten.raadpleeg(vraag(bsn)));
            Persoon persoon = antwoorden.persoon(bsn, antwoord.statusCode(), antwoord.body()).orElseThrow();

            String wie = "test person " + samenvatting.path("naam").asText();
            assertThat(persoon.bsn()).as(wie).isEqualTo(bsn);
            assertThat(persoon.volledigeNaam()).as(wie).isEqualTo(samenvatting.path("naam").asText());
            assertThat(persoon.geboortedatum()).as(wie).isEqualTo(samenvatting.path("geboortedatum").asText());
            assertThat(persoon.gemeenteVanInschrijving()).as(wie).isEqualTo(samenvatting.path("gemeente").asText());
            assertThat(persoon.adres().postcode()).as(wie).isEqualTo(samenvatting.path("postcode").asText())
                    .matches("[1-9][0-9]{3}[A-Z]{2}");
            assertThat(persoon.adres().huisnummer()).as(wie).isEqualTo(samenvatting.path("huisnummer").asInt());
            assertThat(samenvatting.path("adres").asText()).as(wie).endsWith(" " + persoon.adres().woonplaats());
            assertThat(persoon.adres().straat()).as(wie).isNotBlank();
        }
    }

    @Test
    void housesWithLettersAndAdditionsAndLongStreetNames() {
        assertThat(adresVan("999999321")).extracting("straat", "huisnummer", "huisletter", "huisnummertoevoeging")
                .containsExactly("Molenweg", 23, "A", null);
        assertThat(adresVan("999992971")).extracting("straat", "huisnummer", "huisletter", "huisnummertoevoeging")
                .containsExactly("Beukenhof", 7, null, "bis");
        assertThat(adresVan("999993057").straat()).as("the official name, not the short Burg v Houtenstr")
                .isEqualTo("Burgemeester van Houtenstraat");
        assertThat(adresVan("999994086")).extracting("postcode", "woonplaats").containsExactly("1055XK", "Amsterdam");
    }

    /** Data minimisation: the answer holds the selected data only, nothing else of the person. */
    @Test
    void theBrpDeliversOnlyWhatWasAskedFor() throws Exception {
        var antwoord = simulator.personen(berichten.raadpleeg(vraag("999993653")));
        JsonNode persoon = json.readTree(antwoord.body()).path("personen").get(0);

        assertThat(namen(persoon)).containsExactlyInAnyOrder("naam", "geboorte", "verblijfplaats",
                "gemeenteVanInschrijving");
        assertThat(namen(persoon.path("naam"))).containsExactlyInAnyOrder("voornamen", "voorvoegsel", "geslachtsnaam");
        assertThat(namen(persoon.path("geboorte"))).containsExactly("datum");
        assertThat(namen(persoon.path("verblijfplaats"))).containsExactlyInAnyOrder("type", "verblijfadres");
        assertThat(namen(persoon.path("gemeenteVanInschrijving"))).containsExactly("code");
    }

    @Test
    void anUnknownValidBsnIsNotFound() {
        var antwoord = simulator.personen(berichten.raadpleeg(vraag("999990019")));

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoorden.persoon("999990019", antwoord.statusCode(), antwoord.body())).isEmpty();
    }

    @Test
    void aNumberThatIsNoBsnAtAllIsRefusedByTheBrpAndNotFound() {
        var antwoord = simulator.personen(berichten.raadpleeg(vraag("12345")));

        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertThat(antwoorden.persoon("12345", antwoord.statusCode(), antwoord.body())).isEmpty();
    }

    private nl.midoffice.contracts.Woonadres adresVan(String bsn) {
        var antwoord = simulator.personen(berichten.raadpleeg(vraag(bsn)));
        return antwoorden.persoon(bsn, antwoord.statusCode(), antwoord.body()).orElseThrow().adres();
    }

    private static PersoonOpvragen vraag(String bsn) {
        return new PersoonOpvragen("m-1", "corr-1", null, "9001", bsn, "test", false, Instant.now());
    }

    private static Set<String> namen(JsonNode object) {
        Set<String> namen = new java.util.TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            namen.add(it.next());
        }
        return namen;
    }
}

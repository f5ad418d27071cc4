package nl.midoffice.adapter.brp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.midoffice.contracts.PersoonOpvragen;

class BrpBerichtenTest {

    private final ObjectMapper json = new ObjectMapper();
    private final PersoonOpvragen vraag = new PersoonOpvragen("m-1", "corr-1", "aanvraag-1", "9001", "999993653",
            "verhuizing", false, Instant.now());

    @Test
    void asksForOnePersonByBsnWithTheFieldsSelection() throws Exception {
        JsonNode body = json.readTree(new BrpBerichten().raadpleeg(vraag));

        assertThat(body.path("type").asText()).isEqualTo("RaadpleegMetBurgerservicenummer");
        assertThat(body.path("burgerservicenummer")).hasSize(1);
        assertThat(body.path("burgerservicenummer").get(0).asText()).isEqualTo("999993653");
        assertThat(body.path("fields")).extracting(JsonNode::asText).containsExactlyElementsOf(BrpBerichten.FIELDS);
        assertThat(body.properties()).extracting(java.util.Map.Entry::getKey)
                .as("no gemeenteVanInschrijving filter, nothing else").containsExactly("type", "burgerservicenummer",
                        "fields");
    }

    /** The simulator's velden.txt is every property path of the spec's Persoon (its own test keeps it so). */
    @Test
    void everyFieldIsAPathOfTheSpecsPersoonAndNoneIsDeliveredAutomatically() throws IOException {
        Set<String> specPaden;
        try (InputStream in = BrpSimulator.class.getResourceAsStream("/velden.txt")) {
            assertThat(in).as("velden.txt of the brp-simulator").isNotNull();
            specPaden = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(regel -> !regel.isBlank() && !regel.startsWith("#")).collect(Collectors.toSet());
        }

        assertThat(specPaden).containsAll(BrpBerichten.FIELDS);
        assertThat(BrpBerichten.FIELDS).noneMatch(veld -> veld.contains("inOnderzoek")
                || List.of("geheimhoudingPersoonsgegevens", "opschortingBijhouding", "rni", "verificatie")
                        .contains(veld.split("\\.")[0]));
    }

    @Test
    void selectsNoWholeObjectsOnlyTheLeavesThePersonNeeds() {
        assertThat(BrpBerichten.FIELDS).allMatch(veld -> veld.contains("."))
                .noneMatch(veld -> veld.startsWith("adressering") || veld.startsWith("partners")
                        || veld.startsWith("kinderen") || veld.startsWith("ouders") || veld.startsWith("nationaliteiten"));
        assertThat(BrpBerichten.GEVRAAGDE_GEGEVENS)
                .containsExactly("naam", "geboortedatum", "verblijfplaats", "gemeenteVanInschrijving");
    }
}

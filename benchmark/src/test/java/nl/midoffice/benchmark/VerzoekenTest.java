package nl.midoffice.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.midoffice.contracts.Bsn;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class VerzoekenTest {

    @Test
    void generatedCitizensAreDistinctAndPassTheElfproef() {
        var bsns = Verzoeken.bsns(500);
        assertThat(bsns).hasSize(500).doesNotHaveDuplicates().allSatisfy(b -> {
            assertThat(b).matches("[1-9][0-9]{8}");
            assertThat(Bsn.isGeldig(b)).isTrue();
        });
    }

    @Test
    void everyProductIsValidJsonForItsMunicipality() {
        Verzoeken verzoeken = new Verzoeken(10);
        JsonMapper json = JsonMapper.builder().build();
        for (String product : Verzoeken.PRODUCTEN) {
            for (String gemeente : new String[] {"9001", "9002"}) {
                var verzoek = verzoeken.maak(product, gemeente, 7);
                JsonNode body = json.readTree(verzoek.json());
                assertThat(body.path("product").asString()).isEqualTo(product);
                assertThat(body.path("gemeente").asString()).isEqualTo(gemeente);
                assertThat(body.path("aanvrager").path("bsn").asString()).isEqualTo(verzoek.bsn());
                assertThat(body.path("gegevens").isObject()).isTrue();
                assertThat(verzoek.toString()).doesNotContain(verzoek.bsn());
            }
        }
    }
}

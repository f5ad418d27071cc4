package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The chaos run's aanvragen are what the intake accepts, in every product and municipality. */
class ChaosAanvragenTest {

    @Test
    void everyKentekenIsADutchPlateOfSidecodeNineAndEveryPostcodeIsInItsMunicipality() {
        IntStream.range(0, 10_000).mapToObj(ChaosAanvragen::maak).forEach(a -> {
            if (a.product().equals("parkeervergunning")) {
                assertThat(a.body()).containsPattern("\"kenteken\":\"[A-Z]{2}-[0-9]{3}-[A-Z]\"");
            } else {
                assertThat(a.body()).containsPattern("\"postcode\":\"" + a.gemeente() + "[A-Z]{2}\"");
            }
        });
    }

    @Test
    void sixInARowCoverTheThreeProductsInBothMunicipalities() {
        assertThat(IntStream.range(0, 6).mapToObj(ChaosAanvragen::maak).map(a -> a.product() + " " + a.gemeente()))
                .containsExactlyInAnyOrder("melding-openbare-ruimte 9001", "verhuizing 9001", "parkeervergunning 9001",
                        "melding-openbare-ruimte 9002", "verhuizing 9002", "parkeervergunning 9002");
    }
}

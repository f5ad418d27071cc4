package nl.midoffice.adapter.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.midoffice.contracts.AanvraagStatus;

/** The statustypen of the zaaksysteem as the citizen's statuses. */
class StatusVertalingTest {

    @Test
    void theSimulatorsStatustypenByName() {
        assertThat(StatusVertaling.vertaal("Ontvangen", false, 1)).isEqualTo(AanvraagStatus.GEREGISTREERD);
        assertThat(StatusVertaling.vertaal("In behandeling", false, 2)).isEqualTo(AanvraagStatus.IN_BEHANDELING);
        assertThat(StatusVertaling.vertaal("Afgehandeld", true, 3)).isEqualTo(AanvraagStatus.AFGEHANDELD);
        assertThat(StatusVertaling.vertaal("Afgewezen", true, 4)).as("a final status with a negative outcome")
                .isEqualTo(AanvraagStatus.AFGEWEZEN);
        assertThat(StatusVertaling.vertaal(" geweigerd ", true, 5)).isEqualTo(AanvraagStatus.AFGEWEZEN);
    }

    @Test
    void otherStatustypenByTheirPlaceInTheZaaktype() {
        assertThat(StatusVertaling.vertaal("Aanvraag binnen", false, 1)).isEqualTo(AanvraagStatus.GEREGISTREERD);
        assertThat(StatusVertaling.vertaal("Advies gevraagd", false, 3)).isEqualTo(AanvraagStatus.IN_BEHANDELING);
        assertThat(StatusVertaling.vertaal("Besluit verzonden", true, 6)).isEqualTo(AanvraagStatus.AFGEHANDELD);
        assertThat(StatusVertaling.vertaal(null, false, 0)).isEqualTo(AanvraagStatus.GEREGISTREERD);
    }
}

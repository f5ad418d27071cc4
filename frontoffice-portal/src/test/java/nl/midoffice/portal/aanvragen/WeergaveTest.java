package nl.midoffice.portal.aanvragen;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeergaveTest {

    private final Weergave weergave = new Weergave();

    @Test
    void vertraagd_reassures_the_citizen() {
        assertThat(weergave.statusUitleg("VERTRAAGD", null))
                .isEqualTo("Uw aanvraag is ontvangen; de verwerking duurt langer dan gewoonlijk.");
    }

    @Test
    void afgewezen_gives_the_reason_from_the_toelichting() {
        assertThat(weergave.statusUitleg("AFGEWEZEN", "De locatie ligt buiten de gemeente."))
                .isEqualTo("Uw aanvraag is afgewezen. Reden: De locatie ligt buiten de gemeente.");
        assertThat(weergave.statusUitleg("AFGEWEZEN", " ")).isEqualTo("Uw aanvraag is afgewezen.");
    }

    @Test
    void every_status_has_a_label_and_unknown_codes_are_shown_as_is() {
        for (AanvraagStatus status : AanvraagStatus.values()) {
            assertThat(weergave.statusLabel(status.name())).isNotEqualTo(status.name());
        }
        assertThat(weergave.statusLabel("GEPARKEERD")).isEqualTo("GEPARKEERD");
        assertThat(weergave.statusUitleg("GEPARKEERD", null)).isEqualTo("Status: GEPARKEERD");
    }

    @Test
    void timestamps_are_shown_in_dutch_local_time() {
        assertThat(weergave.datumTijd("2026-12-03T13:05:00Z")).isEqualTo("3 december 2026 om 14:05");
        assertThat(weergave.datumTijd("2026-07-01T10:00:00+02:00")).isEqualTo("1 juli 2026 om 10:00");
        assertThat(weergave.datumTijd("2026-07-01T10:00:00")).isEqualTo("1 juli 2026 om 10:00");
        assertThat(weergave.datumTijd("gisteren")).isEqualTo("gisteren");
    }

    @Test
    void codes_become_names() {
        assertThat(weergave.gemeenteNaam("9002")).isEqualTo("Bergdal");
        assertThat(weergave.productNaam("melding-openbare-ruimte")).isEqualTo("Melding openbare ruimte");
    }

    @Test
    void nested_gegevens_become_labelled_rows() {
        Map<String, Object> locatie = new LinkedHashMap<>();
        locatie.put("postcode", "1234AB");
        locatie.put("huisnummer", 12);
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("categorie", "groen");
        gegevens.put("locatie", locatie);
        gegevens.put("kenteken", "AB-123-C");

        assertThat(new GegevensWeergave().regels(gegevens)).containsExactly(
                new GegevensWeergave.Regel("Soort probleem", "Bomen, planten en gras"),
                new GegevensWeergave.Regel("Postcode", "1234AB"),
                new GegevensWeergave.Regel("Huisnummer", "12"),
                new GegevensWeergave.Regel("kenteken", "AB-123-C"));
    }
}

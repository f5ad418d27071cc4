package nl.midoffice.portal.aanvragen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.midoffice.portal.catalogus.Product;

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
        assertThat(weergave.productNaam("verhuizing")).isEqualTo("Verhuizing binnen de gemeente");
        assertThat(weergave.productNaam("parkeervergunning")).isEqualTo("Parkeervergunning voor bewoners");
        assertThat(weergave.productNaam("paspoort")).isEqualTo("paspoort");
    }

    @Test
    void every_product_has_a_dutch_name() {
        for (Product product : Product.values()) {
            assertThat(weergave.productNaam(product.getId())).isNotEqualTo(product.getId()).isNotBlank();
        }
    }

    @Test
    void a_verhuizing_reads_as_an_address_a_date_and_a_number_of_people() {
        Map<String, Object> adres = new LinkedHashMap<>();
        adres.put("postcode", "1234AB");
        adres.put("huisnummer", 12);
        adres.put("huisletter", "A");
        adres.put("huisnummertoevoeging", "2");
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("nieuwAdres", adres);
        gegevens.put("verhuisdatum", "2026-12-15");
        gegevens.put("meeverhuizers", List.of("999995492", "999991802"));

        assertThat(new GegevensWeergave().regels(gegevens)).containsExactly(
                new GegevensWeergave.Regel("Nieuw adres", "Postcode 1234AB, huisnummer 12A-2"),
                new GegevensWeergave.Regel("Verhuisdatum", "15 december 2026"),
                new GegevensWeergave.Regel("Meeverhuizers", "2 personen"));
    }

    @Test
    void a_verhuizing_without_extras_stays_short() {
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("nieuwAdres", Map.of("postcode", "4321XY", "huisnummer", 7));
        gegevens.put("verhuisdatum", "2026-1-5");
        gegevens.put("meeverhuizers", List.of());

        assertThat(new GegevensWeergave().regels(gegevens)).containsExactly(
                new GegevensWeergave.Regel("Nieuw adres", "Postcode 4321XY, huisnummer 7"),
                new GegevensWeergave.Regel("Verhuisdatum", "2026-1-5"),
                new GegevensWeergave.Regel("Meeverhuizers", "Geen"));
        assertThat(new GegevensWeergave().regels(Map.of("meeverhuizers", List.of("999995492"))))
                .containsExactly(new GegevensWeergave.Regel("Meeverhuizers", "1 persoon"));
    }

    @Test
    void a_parkeervergunning_shows_the_kenteken_in_capitals_and_a_dutch_date() {
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("kenteken", "ab-123c");
        gegevens.put("ingangsdatum", "2027-03-01");

        assertThat(new GegevensWeergave().regels(gegevens)).containsExactly(
                new GegevensWeergave.Regel("Kenteken", "AB-123C"),
                new GegevensWeergave.Regel("Ingangsdatum", "1 maart 2027"));
    }

    @Test
    void nested_gegevens_become_labelled_rows() {
        Map<String, Object> locatie = new LinkedHashMap<>();
        locatie.put("postcode", "1234AB");
        locatie.put("huisnummer", 12);
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("categorie", "groen");
        gegevens.put("locatie", locatie);
        gegevens.put("foto", Map.of("naam", "lantaarn.jpg"));

        assertThat(new GegevensWeergave().regels(gegevens)).containsExactly(
                new GegevensWeergave.Regel("Soort probleem", "Bomen, planten en gras"),
                new GegevensWeergave.Regel("Postcode", "1234AB"),
                new GegevensWeergave.Regel("Huisnummer", "12"),
                new GegevensWeergave.Regel("foto.naam", "lantaarn.jpg"));
    }
}

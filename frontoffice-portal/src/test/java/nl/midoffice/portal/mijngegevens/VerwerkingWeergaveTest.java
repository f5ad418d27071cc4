package nl.midoffice.portal.mijngegevens;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.midoffice.portal.midoffice.Verwerking;

import static org.assertj.core.api.Assertions.assertThat;

class VerwerkingWeergaveTest {

    private final VerwerkingWeergave weergave = new VerwerkingWeergave();

    private static Verwerking verwerking(String actieNaam, String doel, List<String> soorten, String tijdstip) {
        return new Verwerking("id", actieNaam, null, "vooraf-invullen", doel, null, null, null, "Gemeente Bergdal", null,
                null, tijdstip, soorten, null);
    }

    @Test
    void kinds_of_data_read_as_a_dutch_enumeration_without_repeats() {
        assertThat(weergave.soorten(List.of("naam"))).isEqualTo("naam");
        assertThat(weergave.soorten(List.of("naam", "verblijfplaats", "adressering"))).isEqualTo("naam en adres");
        assertThat(weergave.soorten(List.of("naam", "geboorte", "verblijfplaats"))).isEqualTo("naam, geboortedatum en adres");
        assertThat(weergave.soorten(List.of("iets-nieuws"))).isEqualTo("iets-nieuws");
        assertThat(weergave.soorten(List.of())).isEqualTo("gegevens");
        assertThat(weergave.soorten(List.of("inp.bsn", "geslachtsnaam", "voorvoegselGeslachtsnaam", "voornamen",
                "geboortedatum", "verblijfsadres", "inp.gemeenteVanInschrijving")))
                .as("the legacy suite's StUF names").isEqualTo(
                        "burgerservicenummer, naam, geboortedatum, adres en gemeente van inschrijving");
    }

    @Test
    void a_lookup_reads_as_looked_at_and_anything_else_as_processed_without_codes_or_double_stops() {
        assertThat(weergave.zin(verwerking("Persoonsgegevens opgevraagd", "Uw verhuizing verwerken.", List.of("naam"),
                null))).isEqualTo("Gemeente Bergdal heeft uw naam bekeken, met als doel: Uw verhuizing verwerken.");
        assertThat(weergave.zin(verwerking("Wijzigen", null, List.of("verblijfplaats"), null)))
                .isEqualTo("Gemeente Bergdal heeft uw adres verwerkt.");
        assertThat(weergave.bron("legacy-suite")).doesNotContain("legacy-suite");
        assertThat(weergave.bron("brp")).contains("Basisregistratie Personen");
    }

    @Test
    void retention_periods_and_confidentiality_in_words() {
        assertThat(weergave.bewaartermijn("P20Y")).isEqualTo("20 jaar");
        assertThat(weergave.bewaartermijn("P1M")).isEqualTo("1 maand");
        assertThat(weergave.bewaartermijn("P2Y3M10D")).isEqualTo("2 jaar en 3 maanden en 10 dagen");
        assertThat(weergave.bewaartermijn("tot het einde van de zaak")).isEqualTo("tot het einde van de zaak");
        assertThat(weergave.bewaartermijn(null)).isEqualTo("Niet opgegeven");
        assertThat(weergave.vertrouwelijkheid("ZEER_VERTROUWELIJK")).isEqualTo("Zeer vertrouwelijk");
        assertThat(weergave.vertrouwelijkheid("normaal")).isEqualTo("Normaal");
    }

    @Test
    void newest_first_with_unreadable_times_last() {
        Verwerking oud = verwerking(null, null, List.of(), "2026-11-28T09:15:00Z");
        Verwerking nieuw = verwerking(null, null, List.of(), "2026-11-29T09:15:00+01:00");
        Verwerking onbekend = verwerking(null, null, List.of(), "gisteren");

        assertThat(weergave.nieuwsteEerst(List.of(oud, onbekend, nieuw))).containsExactly(nieuw, oud, onbekend);
    }
}

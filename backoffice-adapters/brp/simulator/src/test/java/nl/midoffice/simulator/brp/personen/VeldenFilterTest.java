package nl.midoffice.simulator.brp.personen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class VeldenFilterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ObjectNode PERSOON = (ObjectNode) JSON.readTree("""
            {"burgerservicenummer":"999993653",
             "naam":{"voornamen":"Jan","geslachtsnaam":"Vries","voorvoegsel":"de"},
             "geboorte":{"datum":{"type":"Datum","datum":"1975-03-14","langFormaat":"14 maart 1975"},
                         "land":{"code":"6030","omschrijving":"Nederland"}},
             "verblijfplaats":{"type":"Adres","verblijfadres":{"postcode":"9001AB","huisnummer":12}},
             "partners":[{"burgerservicenummer":"999995492","naam":{"voornamen":"Maria"}},
                         {"burgerservicenummer":"999991802"}],
             "gezag":[{"type":"GezamenlijkOuderlijkGezag","minderjarige":{"burgerservicenummer":"999996708"}}]}""");

    private String filter(String... paden) {
        return VeldenFilter.filter(PERSOON, List.of(paden)).toString();
    }

    @Test
    void eenTopveldLevertAllesDaaronder() {
        assertThat(filter("naam")).isEqualTo("{\"naam\":{\"voornamen\":\"Jan\",\"geslachtsnaam\":\"Vries\",\"voorvoegsel\":\"de\"}}");
    }

    @Test
    void eenSubveldLevertAlleenDatVeldInDeVolgordeVanDeGegevens() {
        assertThat(filter("naam.voorvoegsel", "burgerservicenummer", "naam.voornamen"))
                .isEqualTo("{\"burgerservicenummer\":\"999993653\",\"naam\":{\"voornamen\":\"Jan\",\"voorvoegsel\":\"de\"}}");
    }

    @Test
    void eenDatumWordtAltijdHeelGeleverd() {
        assertThat(filter("geboorte.datum.langFormaat"))
                .isEqualTo("{\"geboorte\":{\"datum\":{\"type\":\"Datum\",\"datum\":\"1975-03-14\",\"langFormaat\":\"14 maart 1975\"}}}");
    }

    @Test
    void eenPolymorfObjectHoudtZijnType() {
        assertThat(filter("verblijfplaats.verblijfadres.postcode"))
                .isEqualTo("{\"verblijfplaats\":{\"type\":\"Adres\",\"verblijfadres\":{\"postcode\":\"9001AB\"}}}");
    }

    @Test
    void inLijstenWordtPerElementGekozenEnLegeElementenVervallen() {
        assertThat(filter("partners.naam.voornamen"))
                .isEqualTo("{\"partners\":[{\"naam\":{\"voornamen\":\"Maria\"}}]}");
    }

    @Test
    void gezagWordtHeelGeleverdZodatVerplichteEigenschappenBlijven() {
        assertThat(filter("gezag.type")).contains("\"minderjarige\"");
    }

    @Test
    void watErNietIsWordtNietGeleverd() {
        assertThat(filter("overlijden", "naam.adellijkeTitelPredicaat")).isEqualTo("{}");
    }
}

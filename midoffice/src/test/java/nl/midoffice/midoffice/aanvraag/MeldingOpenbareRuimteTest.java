package nl.midoffice.midoffice.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.midoffice.midoffice.api.InvalidParam;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MeldingOpenbareRuimteTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final MeldingOpenbareRuimte product = new MeldingOpenbareRuimte();

    private List<InvalidParam> problemen(String gegevens) {
        Validatie v = new Validatie();
        product.valideer(json.readTree(gegevens), v);
        try {
            v.controleer();
            return List.of();
        } catch (OngeldigeAanvraagException e) {
            return e.invalidParams();
        }
    }

    @Test
    void aValidMeldingWithAnAddress() {
        assertThat(problemen("""
                {"categorie":"straatverlichting","omschrijving":"Lantaarnpaal brandt niet",
                 "locatie":{"postcode":"1234AB","huisnummer":12}}""")).isEmpty();
    }

    @Test
    void aValidMeldingWithCoordinates() {
        assertThat(problemen("""
                {"categorie":"groen","omschrijving":"Omgewaaide boom","locatie":{"lat":52.37,"lon":4.89}}""")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown categorie       | {"categorie":"lawaai","omschrijving":"x","locatie":{"postcode":"1234AB","huisnummer":1}}          | gegevens.categorie
            categorie not text      | {"categorie":3,"omschrijving":"x","locatie":{"postcode":"1234AB","huisnummer":1}}                 | gegevens.categorie
            empty omschrijving      | {"categorie":"afval","omschrijving":"  ","locatie":{"postcode":"1234AB","huisnummer":1}}          | gegevens.omschrijving
            missing omschrijving    | {"categorie":"afval","locatie":{"postcode":"1234AB","huisnummer":1}}                              | gegevens.omschrijving
            no locatie              | {"categorie":"afval","omschrijving":"x"}                                                          | gegevens.locatie
            empty locatie           | {"categorie":"afval","omschrijving":"x","locatie":{}}                                             | gegevens.locatie
            bad postcode            | {"categorie":"afval","omschrijving":"x","locatie":{"postcode":"0123AB","huisnummer":1}}           | gegevens.locatie.postcode
            lower-case postcode     | {"categorie":"afval","omschrijving":"x","locatie":{"postcode":"1234ab","huisnummer":1}}           | gegevens.locatie.postcode
            huisnummer as text      | {"categorie":"afval","omschrijving":"x","locatie":{"postcode":"1234AB","huisnummer":"12"}}        | gegevens.locatie.huisnummer
            huisnummer zero         | {"categorie":"afval","omschrijving":"x","locatie":{"postcode":"1234AB","huisnummer":0}}           | gegevens.locatie.huisnummer
            huisnummer fraction     | {"categorie":"afval","omschrijving":"x","locatie":{"postcode":"1234AB","huisnummer":1.5}}         | gegevens.locatie.huisnummer
            lat outside NL          | {"categorie":"afval","omschrijving":"x","locatie":{"lat":48.85,"lon":4.89}}                       | gegevens.locatie.lat
            lon missing             | {"categorie":"afval","omschrijving":"x","locatie":{"lat":52.1}}                                   | gegevens.locatie.lon
            """)
    void invalidGegevensNameTheField(String geval, String gegevens, String veld) {
        assertThat(problemen(gegevens)).extracting(InvalidParam::name).containsExactly(veld);
    }

    @Test
    void omschrijvingOfMoreThan1000CharactersIsRefused() {
        String lang = "a".repeat(1001);
        assertThat(problemen("{\"categorie\":\"afval\",\"omschrijving\":\"" + lang
                + "\",\"locatie\":{\"postcode\":\"1234AB\",\"huisnummer\":1}}"))
                .extracting(InvalidParam::name).containsExactly("gegevens.omschrijving");
        assertThat(problemen("{\"categorie\":\"afval\",\"omschrijving\":\"" + "a".repeat(1000)
                + "\",\"locatie\":{\"postcode\":\"1234AB\",\"huisnummer\":1}}")).isEmpty();
    }

    @Test
    void zaakDescriptionNamesTheCategory() {
        JsonNode gegevens = json.readTree("{\"categorie\":\"afval\",\"omschrijving\":\"Zakken naast container\"}");
        assertThat(product.zaakomschrijving(gegevens)).isEqualTo("Melding openbare ruimte: afval");
        assertThat(product.toelichting(gegevens)).isEqualTo("Zakken naast container");
    }
}

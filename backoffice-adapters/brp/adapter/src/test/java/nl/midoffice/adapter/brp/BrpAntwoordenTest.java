package nl.midoffice.adapter.brp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.midoffice.camel.OnverwerkbaarBericht;
import nl.midoffice.contracts.Persoon;

/**
 * The mapping and the meaning of answers, on answers in the shapes of the spec (the schemas' discriminated types,
 * the spec's own problem examples) and of the simulator's error answers. {@code BrpAntwoordenIT} maps every test
 * person the real simulator delivers.
 */
class BrpAntwoordenTest {

    private static final String BSN = "999993653";
    private final BrpAntwoorden antwoorden = new BrpAntwoorden();
    private final ObjectMapper json = new ObjectMapper();

    /** What the API delivers for Jan de Vries with the adapter's fields. */
    private static final String JAN = """
            {"type":"RaadpleegMetBurgerservicenummer","personen":[{
              "naam":{"voornamen":"Jan Pieter","voorvoegsel":"de","geslachtsnaam":"Vries"},
              "geboorte":{"datum":{"type":"Datum","datum":"1975-03-14","langFormaat":"14 maart 1975"}},
              "gemeenteVanInschrijving":{"code":"9001"},
              "verblijfplaats":{"type":"Adres","verblijfadres":{"officieleStraatnaam":"Lindelaan",
                "korteStraatnaam":"Lindelaan","huisnummer":12,"postcode":"9001AB","woonplaats":"Lindeveen"}}}]}""";

    @Test
    void mapsAPersonToTheCanonicalModel() {
        Persoon jan = antwoorden.persoon(BSN, 200, JAN).orElseThrow();

        assertThat(jan.bsn()).isEqualTo(BSN);
        assertThat(jan.volledigeNaam()).isEqualTo("Jan Pieter de Vries");
        assertThat(jan.geboortedatum()).isEqualTo("1975-03-14");
        assertThat(jan.gemeenteVanInschrijving()).isEqualTo("9001");
        assertThat(jan.adres().straat()).isEqualTo("Lindelaan");
        assertThat(jan.adres().huisnummer()).isEqualTo(12);
        assertThat(jan.adres().huisletter()).isNull();
        assertThat(jan.adres().postcode()).isEqualTo("9001AB");
        assertThat(jan.adres().woonplaats()).isEqualTo("Lindeveen");
    }

    @Test
    void anEmptyPersonenListMeansNotFound() {
        assertThat(antwoorden.persoon(BSN, 200, "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[]}"))
                .isEmpty();
    }

    @Test
    void theOfficialStreetNameIsUsedAndTheShortOneOnlyWithoutIt() throws Exception {
        var bag = adres("""
                {"type":"Adres","verblijfadres":{"officieleStraatnaam":"Burgemeester van Houtenstraat",
                 "korteStraatnaam":"Burg v Houtenstr","huisnummer":40,"postcode":"9002KL","woonplaats":"Bergdal"}}""");
        var nietBag = adres("""
                {"type":"Adres","verblijfadres":{"korteStraatnaam":"Haven","huisnummer":1,"huisletter":"a",
                 "huisnummertoevoeging":"bis","postcode":"9002 kl","woonplaats":"Bergdal"}}""");

        assertThat(BrpAntwoorden.woonadres(bag).straat()).isEqualTo("Burgemeester van Houtenstraat");
        assertThat(BrpAntwoorden.woonadres(nietBag).straat()).isEqualTo("Haven");
        assertThat(BrpAntwoorden.woonadres(nietBag).huisletter()).isEqualTo("a");
        assertThat(BrpAntwoorden.woonadres(nietBag).huisnummertoevoeging()).isEqualTo("bis");
    }

    @Test
    void postcodeHasOneSpelling() {
        assertThat(BrpAntwoorden.postcode("9001AB")).isEqualTo("9001AB");
        assertThat(BrpAntwoorden.postcode("9001 ab")).isEqualTo("9001AB");
        assertThat(BrpAntwoorden.postcode(" 9001\tAb ")).isEqualTo("9001AB");
        assertThat(BrpAntwoorden.postcode(null)).isNull();
    }

    /** The spec's other verblijfplaats types (VerblijfplaatsBuitenland, VerblijfplaatsOnbekend, Locatie). */
    @Test
    void noDutchAddressGivesNoWoonadres() throws Exception {
        assertThat(BrpAntwoorden.woonadres(adres("""
                {"type":"VerblijfplaatsBuitenland","verblijfadres":{"regel1":"Rue de la Loi 1",
                 "regel2":"1000 Bruxelles","land":{"code":"5010","omschrijving":"België"}}}"""))).isNull();
        assertThat(BrpAntwoorden.woonadres(adres("{\"type\":\"VerblijfplaatsOnbekend\"}"))).isNull();
        assertThat(BrpAntwoorden.woonadres(adres("""
                {"type":"Locatie","verblijfadres":{"locatiebeschrijving":"Woonboot bij de brug"}}"""))).isNull();
        assertThat(BrpAntwoorden.woonadres(json.missingNode())).as("verblijfplaats not delivered").isNull();
    }

    /** AbstractDatum's discriminated types: only a VolledigeDatum is an ISO date. */
    @Test
    void onlyAWholeDateIsABirthDate() throws Exception {
        assertThat(BrpAntwoorden.geboortedatum(json.readTree("""
                {"type":"Datum","datum":"1975-03-14","langFormaat":"14 maart 1975"}"""))).isEqualTo("1975-03-14");
        assertThat(BrpAntwoorden.geboortedatum(json.readTree("""
                {"type":"JaarMaandDatum","jaar":1975,"maand":3,"langFormaat":"maart 1975"}"""))).isNull();
        assertThat(BrpAntwoorden.geboortedatum(json.readTree("""
                {"type":"JaarDatum","jaar":1975,"langFormaat":"1975"}"""))).isNull();
        assertThat(BrpAntwoorden.geboortedatum(json.readTree("""
                {"type":"DatumOnbekend","onbekend":true,"langFormaat":"onbekend"}"""))).isNull();
        assertThatThrownBy(() -> BrpAntwoorden.geboortedatum(json.readTree("""
                {"type":"Datum","datum":"14-03-1975","langFormaat":"14 maart 1975"}""")))
                .isInstanceOf(BrpStoring.class);
    }

    /** The simulator's 400 for a number that is not nine digits, as the official API's acceptance tests have it. */
    @Test
    void aBsnTheBrpRefusesAsSyntacticallyWrongMeansNotFound() {
        String probleem = """
                {"type":"https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1",
                 "title":"Een of meerdere parameters zijn niet correct.","status":400,
                 "detail":"De foutieve parameter(s) zijn: burgerservicenummer[0].",
                 "instance":"/haalcentraal/api/brp/personen","code":"paramsValidation",
                 "invalidParams":[{"code":"pattern","name":"burgerservicenummer[0]",
                   "reason":"Waarde voldoet niet aan patroon ^[0-9]{9}$."}]}""";

        assertThat(antwoorden.persoon("12345", 400, probleem)).isEmpty();
    }

    /** The spec's own 400 example (a huisnummer): not about the BSN, so our question is wrong: no retry helps. */
    @Test
    void aRefusalOfAnythingElseInOurQuestionIsUnprocessable() {
        String specVoorbeeld = """
                {"type":"https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1",
                 "title":"Ten minste één parameter moet worden opgegeven.","status":400,
                 "detail":"The request could not be understood by the server due to malformed syntax.",
                 "instance":"https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                 "code":"paramsRequired","invalidParams":[{"type":"https://www.vng.nl/realisatie/api/validaties/integer",
                   "name":"huisnummer","code":"integer","reason":"Waarde is geen geldig getal."}]}""";
        String bsnEnFields = """
                {"status":400,"code":"paramsValidation","invalidParams":[
                  {"code":"pattern","name":"burgerservicenummer[0]","reason":"Waarde voldoet niet aan patroon ^[0-9]{9}$."},
                  {"code":"fields","name":"fields[1]","reason":"Parameter bevat een niet bestaande veldnaam."}]}""";

        assertThatThrownBy(() -> antwoorden.persoon(BSN, 400, specVoorbeeld)).isInstanceOf(OnverwerkbaarBericht.class)
                .hasMessageContaining("huisnummer");
        assertThatThrownBy(() -> antwoorden.persoon(BSN, 400, bsnEnFields)).isInstanceOf(OnverwerkbaarBericht.class)
                .hasMessageContaining("fields[1]");
        assertThatThrownBy(() -> antwoorden.persoon(BSN, 400, "<html>Bad Request</html>"))
                .isInstanceOf(OnverwerkbaarBericht.class);
        assertThatThrownBy(() -> antwoorden.persoon(BSN, 415, "{\"status\":415,\"code\":\"unsupported\"}"))
                .isInstanceOf(OnverwerkbaarBericht.class).hasMessageContaining("unsupported");
    }

    /** The spec's 503 example and other answers that may pass: retried, then dead-lettered. */
    @Test
    void unavailabilityAndServerErrorsAreTechnical() {
        String specVoorbeeld503 = """
                {"type":"https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                 "title":"Bronservice BRP is tijdelijk niet beschikbaar.","status":503,
                 "detail":"The service is currently unable to handle the request.",
                 "instance":"https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                 "code":"notAvailable"}""";

        assertThatThrownBy(() -> antwoorden.persoon(BSN, 503, specVoorbeeld503)).isInstanceOf(BrpStoring.class)
                .hasMessageContaining("503").hasMessageContaining("notAvailable");
        for (int status : new int[] {500, 502, 401, 403, 429}) {
            assertThatThrownBy(() -> antwoorden.persoon(BSN, status, "")).as("HTTP " + status)
                    .isInstanceOf(BrpStoring.class);
        }
    }

    @Test
    void anUnreadableAnswerIsTechnical() {
        assertThatThrownBy(() -> antwoorden.persoon(BSN, 200, "<html>Bad Gateway")).isInstanceOf(BrpStoring.class);
        assertThatThrownBy(() -> antwoorden.persoon(BSN, 200, "")).isInstanceOf(BrpStoring.class);
        assertThatThrownBy(() -> antwoorden.persoon(BSN, 200, "{\"type\":\"RaadpleegMetBurgerservicenummer\"}"))
                .isInstanceOf(BrpStoring.class);
        String twee = JAN.replace("}]}", "},{\"naam\":{\"geslachtsnaam\":\"Jansen\"}}]}");
        assertThatThrownBy(() -> antwoorden.persoon(BSN, 200, twee)).isInstanceOf(BrpStoring.class)
                .hasMessageNotContaining(BSN).hasMessageNotContaining("Jansen");
    }

    private JsonNode adres(String verblijfplaats) throws Exception {
        return json.readTree(verblijfplaats);
    }
}

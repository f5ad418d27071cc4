package nl.midoffice.adapter.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** A ZGW ValidatieFout becomes a reason the citizen can read, without the system's values. */
class WeigeringTest {

    private static JsonNode fout(String json) throws Exception {
        return ZakenApi.JSON.readTree(json);
    }

    @Test
    void anUnknownZaaktypeIsNamedInPlainWords() throws Exception {
        var fout = fout("""
                {"type":"...","code":"invalid","title":"Invalid input.","status":400,"detail":"",
                 "invalidParams":[{"name":"zaaktype","code":"bad-url",
                   "reason":"De URL http://localhost:8093/catalogi/api/v1/zaaktypen/0 is geen ZAAKTYPE"}]}""");

        assertThat(Weigering.reden(fout)).isEqualTo(
                "Het zaaksysteem heeft uw aanvraag niet geregistreerd: het soort aanvraag is bij het zaaksysteem niet bekend.");
        assertThat(Weigering.samenvatting(fout)).isEqualTo("zaaktype:bad-url");
    }

    @Test
    void severalProblemsAreListedOnceEach() throws Exception {
        var fout = fout("""
                {"code":"invalid","invalidParams":[
                  {"name":"bronorganisatie","code":"invalid","reason":"Onjuist RSIN nummer."},
                  {"name":"verantwoordelijkeOrganisatie","code":"invalid","reason":"Onjuist RSIN nummer."},
                  {"name":"omschrijving","code":"max_length","reason":"..."},
                  {"name":"kenmerken.0.bron","code":"required","reason":"..."},
                  {"name":"startdatum","code":"date-in-future","reason":"..."}]}""");

        assertThat(Weigering.reden(fout)).isEqualTo("Het zaaksysteem heeft uw aanvraag niet geregistreerd: "
                + "de gemeente is ongeldig; de omschrijving is te lang; het kenmerk van de aanvraag ontbreekt; "
                + "de datum van de aanvraag ligt in de toekomst.");
    }

    @Test
    void aRefusedBsnIsNamedButNotRepeated() throws Exception {
        var fout = fout("""
                {"code":"invalid","invalidParams":[{"name":"betrokkeneIdentificatie.inpBsn","code":"invalid",
                  "reason":"Onjuist BSN nummer: 123456789"}]}""");

        assertThat(Weigering.reden(fout)).isEqualTo("Het zaaksysteem heeft uw aanvraag niet geregistreerd: "
                + "het burgerservicenummer van de aanvrager is ongeldig.").doesNotContain("123456789");
    }

    @Test
    void withoutDetailsTheReasonStaysGeneral() throws Exception {
        assertThat(Weigering.reden(fout("{\"code\":\"parse_error\"}"))).isEqualTo(
                "Het zaaksysteem heeft uw aanvraag niet geregistreerd: de gegevens werden niet geaccepteerd.");
        assertThat(Weigering.reden(null)).endsWith("de gegevens werden niet geaccepteerd.");
        assertThat(Weigering.samenvatting(fout("{\"code\":\"parse_error\"}"))).isEqualTo("parse_error");
    }
}

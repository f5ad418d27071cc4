package nl.midoffice.adapter.vergunningen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The application as the service's API wants it, keyed on the reference and bringing the decision home. */
class AanvraagverzoekTest {

    private static final VergunningenProperties PROPERTIES = new VergunningenProperties(true, "http://localhost:8094",
            "sleutel", "http://localhost:8081/api/v1/callbacks/vergunningen", "geheim", Duration.ofSeconds(5), 4);

    @Test
    void theApplicationCarriesTheCitizensDataAndWhereToAnswer() throws Exception {
        JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(
                Aanvraagverzoek.van(AanvraagAntwoordenTest.OPDRACHT, PROPERTIES)));

        assertThat(json.path("referentie").asText()).isEqualTo("MO-2026-000001");
        assertThat(json.path("gemeente").asText()).isEqualTo("9001");
        assertThat(json.at("/aanvrager/bsn").asText()).isEqualTo("999993653");
        assertThat(json.at("/aanvrager/gemeenteVanInschrijving").asText()).isEqualTo("9001");
        assertThat(json.at("/aanvrager/woonadres/postcode").asText()).isEqualTo("1234AB");
        assertThat(json.at("/aanvrager/woonadres/huisnummer").asInt()).isEqualTo(12);
        assertThat(json.at("/aanvrager/woonadres/huisletter").asText()).isEqualTo("a");
        assertThat(json.at("/aanvrager/woonadres").has("huisnummertoevoeging")).isFalse();
        assertThat(json.path("kenteken").asText()).isEqualTo("AB123C");
        assertThat(json.path("ingangsdatum").asText()).isEqualTo("2026-12-01");
        assertThat(json.path("callbackUrl").asText())
                .isEqualTo("http://localhost:8081/api/v1/callbacks/vergunningen?aanvraagId=aanvraag-1&schaduw=true");
        assertThat(json.path("callbackAuth").asText()).isEqualTo("Bearer geheim");
    }

    @Test
    void itsTextPrintsNoBsnAndNoSecret() {
        String tekst = Aanvraagverzoek.van(AanvraagAntwoordenTest.OPDRACHT, PROPERTIES).toString()
                + Aanvraagverzoek.van(AanvraagAntwoordenTest.OPDRACHT, PROPERTIES).aanvrager() + PROPERTIES;

        assertThat(tekst).doesNotContain("999993653").doesNotContain("geheim").doesNotContain("sleutel")
                .doesNotContain("1234AB");
    }

    @Test
    void aCallbackUrlWithAQueryKeepsIt() {
        assertThat(Aanvraagverzoek.callbackUrl("https://mo.example/cb?x=1", AanvraagAntwoordenTest.OPDRACHT))
                .isEqualTo("https://mo.example/cb?x=1&aanvraagId=aanvraag-1&schaduw=true");
    }

    @Test
    void theTraceIdIsTheCorrelationId() {
        assertThat(VergunningenAanroep.traceparent("0b6f1c1e-6a7b-4c1d-9e2f-3a4b5c6d7e8f"))
                .matches("00-0b6f1c1e6a7b4c1d9e2f3a4b5c6d7e8f-[0-9a-f]{16}-01");
        assertThat(VergunningenAanroep.traceparent("geen-uuid")).isNull();
        assertThat(VergunningenAanroep.traceparent(null)).isNull();
    }

    @Test
    void theCallbackCredentialMustMatchExactly() {
        CallbackSleutel sleutel = new CallbackSleutel(PROPERTIES.callbackAuthorization());

        assertThat(sleutel.past("Bearer geheim")).isTrue();
        assertThat(sleutel.past("Bearer geheim ")).isFalse();
        assertThat(sleutel.past("bearer geheim")).isFalse();
        assertThat(sleutel.past("geheim")).isFalse();
        assertThat(sleutel.past(null)).isFalse();
    }
}

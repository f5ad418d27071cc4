package nl.midoffice.adapter.vergunningen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The application as the service's API wants it, keyed on the reference and bringing the decision home. */
class AanvraagverzoekTest {

    private static final VergunningenProperties PROPERTIES = new VergunningenProperties(true, "http://localhost:8094",
            "sleutel", "http://localhost:8081/api/v1/callbacks/vergunningen", "geheim", Duration.ofSeconds(5), 4);
    private static final CallbackToken TOKEN = new CallbackToken(PROPERTIES.callbackGeheim());
    /** HMAC-SHA256("geheim", "vergunningen-besluit:aanvraag-1:schaduw"), base64url, computed independently. */
    private static final String TOKEN_AANVRAAG_1_SCHADUW = token("geheim", "vergunningen-besluit:aanvraag-1:schaduw");

    @Test
    void theApplicationCarriesTheCitizensDataAndWhereToAnswer() throws Exception {
        JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(
                Aanvraagverzoek.van(AanvraagAntwoordenTest.OPDRACHT, PROPERTIES, TOKEN)));

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
        assertThat(json.path("callbackUrl").asText()).isEqualTo("http://localhost:8081/api/v1/callbacks/vergunningen"
                + "?aanvraagId=aanvraag-1&schaduw=true&token=" + TOKEN_AANVRAAG_1_SCHADUW);
        assertThat(json.has("callbackAuth")).as("the key never leaves the mid-office").isFalse();
        assertThat(json.toString()).doesNotContain("geheim");
    }

    @Test
    void itsTextPrintsNoBsnAndNoSecret() {
        String tekst = Aanvraagverzoek.van(AanvraagAntwoordenTest.OPDRACHT, PROPERTIES, TOKEN).toString()
                + Aanvraagverzoek.van(AanvraagAntwoordenTest.OPDRACHT, PROPERTIES, TOKEN).aanvrager() + PROPERTIES
                + TOKEN;

        assertThat(tekst).doesNotContain("999993653").doesNotContain("geheim").doesNotContain("sleutel")
                .doesNotContain("1234AB").doesNotContain(TOKEN_AANVRAAG_1_SCHADUW);
    }

    @Test
    void aCallbackUrlWithAQueryKeepsIt() {
        assertThat(Aanvraagverzoek.callbackUrl("https://mo.example/cb?x=1", AanvraagAntwoordenTest.OPDRACHT, TOKEN))
                .isEqualTo("https://mo.example/cb?x=1&aanvraagId=aanvraag-1&schaduw=true&token="
                        + TOKEN_AANVRAAG_1_SCHADUW);
    }

    @Test
    void theTraceIdIsTheCorrelationId() {
        assertThat(VergunningenAanroep.traceparent("0b6f1c1e-6a7b-4c1d-9e2f-3a4b5c6d7e8f"))
                .matches("00-0b6f1c1e6a7b4c1d9e2f3a4b5c6d7e8f-[0-9a-f]{16}-01");
        assertThat(VergunningenAanroep.traceparent("geen-uuid")).isNull();
        assertThat(VergunningenAanroep.traceparent(null)).isNull();
    }

    @Test
    void aCallbackTokenProvesItsOwnAanvraagAndShadowFlagOnly() {
        String id = "0b6f1c1e-6a7b-4c1d-9e2f-3a4b5c6d7e8f";
        String token = TOKEN.voor(id, false);

        assertThat(TOKEN.past(id, false, token)).isTrue();
        assertThat(TOKEN.past(id.toUpperCase(java.util.Locale.ROOT), false, token)).as("ids compare as UUIDs").isTrue();
        assertThat(TOKEN.past("1b6f1c1e-6a7b-4c1d-9e2f-3a4b5c6d7e8f", false, token)).as("another aanvraag").isFalse();
        assertThat(TOKEN.past(id, true, token)).as("not a shadow decision").isFalse();
        assertThat(TOKEN.past(id, false, token + "A")).isFalse();
        assertThat(TOKEN.past(id, false, token.substring(1))).isFalse();
        assertThat(TOKEN.past(id, false, null)).isFalse();
        assertThat(TOKEN.past(null, false, token)).isFalse();
        assertThat(new CallbackToken("een ander geheim").past(id, false, token)).as("another key").isFalse();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
    }

    private static String token(String sleutel, String tekst) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(sleutel.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(tekst.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

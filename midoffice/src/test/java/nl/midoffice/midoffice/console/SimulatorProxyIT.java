package nl.midoffice.midoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's proxy to the simulators' control API, against a real HTTP server standing in for the brp
 * simulator: it forwards to the configured system, and refuses every other target and every bad value before
 * anything leaves the mid-office.
 */
class SimulatorProxyIT extends ConsoleIT {

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void vergeet() {
        BRP.vergeet();
    }

    @Test
    void aSwitchIsForwardedToTheConfiguredSimulatorAndItsAnswerShown() throws Exception {
        ConsoleSessie sessie = ingelogd();
        var antwoord = sessie.metCsrf("PUT", "/beheer/api/simulatoren/brp/gedrag",
                "{\"modus\":\"TRAAG\",\"vertragingMs\":1500,\"foutkans\":0.25}");
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(json.readTree(antwoord.body()).get("gedrag").get("modus").asString()).isEqualTo("TRAAG");

        assertThat(BRP.ontvangen()).hasSize(1);
        SimulatorServer.Verzoek verzoek = BRP.ontvangen().get(0);
        assertThat(verzoek.methode()).isEqualTo("PUT");
        assertThat(verzoek.pad()).isEqualTo("/simulator/gedrag");
        JsonNode body = json.readTree(verzoek.body());
        assertThat(body.get("modus").asString()).isEqualTo("TRAAG");
        assertThat(body.get("vertragingMs").asLong()).isEqualTo(1500);
        assertThat(body.get("foutkans").asDouble()).isEqualTo(0.25);

        JsonNode lijst = json.readTree(sessie.get("/beheer/api/simulatoren").body()).get("simulatoren");
        assertThat(lijst).extracting(s -> s.get("systeem").asString())
                .containsExactly("legacy-suite", "brp", "zaken", "vergunningen");
        assertThat(lijst).anySatisfy(s -> {
            assertThat(s.get("systeem").asString()).isEqualTo("brp");
            assertThat(s.get("url").asString()).isEqualTo(BRP.url());
            assertThat(s.get("bereikbaar").asBoolean()).isTrue();
            assertThat(s.get("gedrag").get("modus").asString()).isEqualTo("TRAAG");
        });
        assertThat(lijst).anySatisfy(s -> {
            assertThat(s.get("systeem").asString()).isEqualTo("zaken");
            assertThat(s.get("bereikbaar").asBoolean()).isFalse();
        });

        var normaal = sessie.metCsrf("PUT", "/beheer/api/simulatoren/brp/gedrag", "{\"modus\":\"NORMAAL\"}");
        assertThat(normaal.statusCode()).isEqualTo(200);
        assertThat(json.readTree(BRP.ontvangen().get(BRP.ontvangen().size() - 1).body()).get("modus").asString())
                .isEqualTo("NORMAAL");
    }

    @Test
    void unknownSystemsAndBadValuesAreRefusedWithoutCallingAnything() throws Exception {
        ConsoleSessie sessie = ingelogd();
        assertThat(sessie.metCsrf("PUT", "/beheer/api/simulatoren/onbekend/gedrag", "{\"modus\":\"STORING\"}").statusCode())
                .isEqualTo(404);
        assertThat(sessie.metCsrf("PUT", "/beheer/api/simulatoren/127.0.0.1:8080/gedrag", "{\"modus\":\"STORING\"}")
                .statusCode()).isIn(400, 404);
        assertThat(sessie.metCsrf("PUT", "/beheer/api/simulatoren/brp/gedrag", "{\"modus\":\"KAPOT\"}").statusCode())
                .isEqualTo(400);
        assertThat(sessie.metCsrf("PUT", "/beheer/api/simulatoren/brp/gedrag", "{\"modus\":\"TRAAG\",\"foutkans\":2}")
                .statusCode()).isEqualTo(400);
        assertThat(sessie.metCsrf("PUT", "/beheer/api/simulatoren/brp/gedrag",
                "{\"modus\":\"TRAAG\",\"vertragingMs\":-5}").statusCode()).isEqualTo(400);
        assertThat(BRP.ontvangen()).as("nothing was forwarded").isEmpty();

        var onbereikbaar = sessie.metCsrf("PUT", "/beheer/api/simulatoren/zaken/gedrag", "{\"modus\":\"STORING\"}");
        assertThat(onbereikbaar.statusCode()).isEqualTo(502);
        assertThat(json.readTree(onbereikbaar.body()).get("detail").asString()).contains("zaken").contains("niet bereikbaar");
    }
}

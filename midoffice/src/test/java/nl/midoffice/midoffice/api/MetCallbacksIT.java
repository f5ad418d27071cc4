package nl.midoffice.midoffice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jakarta.jms.TextMessage;
import nl.midoffice.contracts.Queues;
import nl.midoffice.midoffice.MidofficeIT;
import nl.midoffice.midoffice.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mid-office with everything an outsider can reach on its web server: besides the API and the console, the
 * zaken and vergunningen adapters' callbacks (Camel platform-http). Secrets of its own, not the demo's, so these tests
 * show what holds when the attacker has read the README.
 */
abstract class MetCallbacksIT extends MidofficeIT {

    static final String CLIENT = "frontoffice-portal";
    static final String SECRET = "het-geheim-van-de-vijandige-invoer-0123456789";
    static final String WACHTWOORD = "beheer-wachtwoord-van-deze-test";
    static final String CALLBACK_GEHEIM = "callback-geheim-van-deze-test-0123456789abc";
    static final String BSN = "999993653";
    static final String MELDING = """
            {"product":"melding-openbare-ruimte","gemeente":"9001","aanvrager":{"bsn":"999993653"},
             "gegevens":{"categorie":"afval","omschrijving":"Zakken naast de container",
                         "locatie":{"postcode":"1234AB","huisnummer":12}}}""";

    @Autowired
    JmsTemplate jms;

    final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void callbacks(DynamicPropertyRegistry registry) {
        registry.add("midoffice.adapters.zaken.enabled", () -> "true");
        registry.add("midoffice.adapters.zaken.abonneren", () -> "false");
        registry.add("midoffice.adapters.zaken.callback-secret", () -> CALLBACK_GEHEIM);
        registry.add("midoffice.adapters.vergunningen.enabled", () -> "true");
        registry.add("midoffice.adapters.vergunningen.callback-geheim", () -> CALLBACK_GEHEIM);
        registry.add("midoffice.clients." + CLIENT + ".secret", () -> SECRET);
        registry.add("midoffice.beheerder.wachtwoord", () -> WACHTWOORD);
        // the hostile corpora try hundreds of wrong passwords and submissions; the limits that would then make the
        // checks afterwards wait have their own test (RateLimitIT), so here they stay out of the way
        registry.add("midoffice.ratelimit.inloggen.per-account", () -> "100000");
        registry.add("midoffice.ratelimit.inloggen.per-adres", () -> "100000");
    }

    static String token() {
        return Tokens.token(CLIENT, SECRET, BSN, Instant.now());
    }

    static String beheerder() {
        return "Basic " + Base64.getEncoder().encodeToString(("beheerder:" + WACHTWOORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The mid-office is ready, and a normal melding is accepted, sent to the legacy suite and registered. */
    void registreertEenGewoneMelding() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))).statusCode()).isEqualTo(200);
        var antwoord = send(HttpRequest.newBuilder(uri("/api/v1/aanvragen"))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MELDING)));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(202);
        String id = json.readTree(antwoord.body()).get("id").asString();

        jms.setReceiveTimeout(15_000);
        var opdracht = (TextMessage) jms.receiveSelected(Queues.LEGACY_SUITE_ZAAK_REGISTREREN,
                "midofficeAanvraagId = '" + id + "'");
        assertThat(opdracht).as("ZaakRegistreren on the legacy-suite queue").isNotNull();
        String referentie = json.readTree(opdracht.getText()).get("referentie").asString();
        jms.convertAndSend(Queues.BACKOFFICE_RESULTATEN, """
                {"messageId":"%s","correlationId":"c","aanvraagId":"%s","systeem":"legacy-suite",
                 "status":"GEREGISTREERD","zaakIdentificatie":"%s","tijdstip":"%s"}"""
                .formatted(UUID.randomUUID(), id, referentie, Instant.now()));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(status(id)).isEqualTo("GEREGISTREERD"));
    }

    private String status(String id) throws Exception {
        JsonNode detail = json.readTree(send(HttpRequest.newBuilder(uri("/api/v1/aanvragen/" + id))
                .header("Authorization", "Bearer " + token())).body());
        return detail.get("status").asString();
    }
}

package nl.midoffice.midoffice.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;

import jakarta.jms.TextMessage;
import nl.midoffice.contracts.Queues;
import nl.midoffice.midoffice.MidofficeIT;
import nl.midoffice.midoffice.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intake API on a real database and broker: accepted aanvragen are stored and reach the queue of the
 * back office that registers them; results coming back update the status; citizens see only their own.
 * The legacy-suite adapter is off here, so the test itself plays the back office on the queues.
 */
class AanvraagApiIT extends MidofficeIT {

    static final String BURGER = "999993653";
    static final String ANDERE_BURGER = "999995492";
    static final String MELDING = """
            {"product":"melding-openbare-ruimte","gemeente":"9001","aanvrager":{"bsn":"%s"},
             "gegevens":{"categorie":"straatverlichting","omschrijving":"Lantaarnpaal brandt niet",
                         "locatie":{"postcode":"1234AB","huisnummer":12}}}""";

    @Autowired
    JmsTemplate jms;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAcceptedMeldingIsStoredSentToTheLegacySuiteAndFollowsItsStatus() throws Exception {
        var antwoord = post(MELDING.formatted(BURGER), Tokens.portaal(BURGER), null);

        assertThat(antwoord.statusCode()).isEqualTo(202);
        JsonNode ontvangst = json.readTree(antwoord.body());
        String id = ontvangst.get("id").asString();
        assertThat(antwoord.headers().firstValue("Location")).contains("/api/v1/aanvragen/" + id);
        assertThat(antwoord.headers().firstValue("API-Version")).contains("1.0.0");
        assertThat(ontvangst.get("status").asString()).isEqualTo("ONTVANGEN");
        assertThat(ontvangst.get("referentie").asString()).matches("MO-\\d{4}-\\d{6}");

        jms.setReceiveTimeout(15_000);
        var opdracht = (TextMessage) jms.receiveSelected(Queues.LEGACY_SUITE_ZAAK_REGISTREREN,
                "midofficeAanvraagId = '" + id + "'");
        assertThat(opdracht).as("ZaakRegistreren on the legacy-suite queue").isNotNull();
        JsonNode zaak = json.readTree(opdracht.getText());
        assertThat(zaak.get("referentie").asString()).isEqualTo(ontvangst.get("referentie").asString());
        assertThat(zaak.get("initiatorBsn").asString()).isEqualTo(BURGER);
        assertThat(zaak.get("gegevens").get("locatie.postcode").asString()).isEqualTo("1234AB");
        assertThat(zaak.get("correlationId").asString()).isEqualTo(antwoord.headers().firstValue("X-Correlation-ID").orElseThrow());

        jms.convertAndSend(Queues.BACKOFFICE_RESULTATEN, """
                {"messageId":"%s","correlationId":"c","aanvraagId":"%s","systeem":"legacy-suite",
                 "status":"GEREGISTREERD","zaakIdentificatie":"%s","tijdstip":"%s"}"""
                .formatted(UUID.randomUUID(), id, zaak.get("referentie").asString(), Instant.now()));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(detail(id, BURGER).get("status").asString()).isEqualTo("GEREGISTREERD"));
        JsonNode detail = detail(id, BURGER);
        assertThat(detail.get("statusHistorie")).extracting(s -> s.get("status").asString())
                .containsExactly("ONTVANGEN", "GEREGISTREERD");
        assertThat(detail.get("gegevens").get("categorie").asString()).isEqualTo("straatverlichting");

        String beheerder = "Basic " + java.util.Base64.getEncoder().encodeToString("beheerder:demo".getBytes());
        var spoorVerzoek = HttpRequest.newBuilder(uri("/api/v1/beheer/aanvragen/" + id + "/spoor"))
                .header("Authorization", beheerder);
        var spoor = await().atMost(Duration.ofSeconds(10)).until(() -> send(spoorVerzoek),
                a -> a.statusCode() == 200 && a.body().contains("midoffice.backoffice-resultaten"));
        assertThat(json.readTree(spoor.body()).get("stappen")).extracting(s -> s.get("stap").asString())
                .contains("midoffice.intake", "midoffice.aanvraag-orchestreren", "midoffice.backoffice-resultaten");
        assertThat(spoor.body()).doesNotContain(BURGER);

        var metrics = send(HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Authorization", beheerder));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("midoffice_queue_messages{dead_letter=\"true\",queue=\"DLQ.midoffice.aanvragen.ontvangen\"}")
                .contains("midoffice_route_seconds_count{route=\"midoffice.aanvraag-orchestreren\"");
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/prometheus"))).statusCode()).isEqualTo(401);
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameAanvraag() throws Exception {
        String sleutel = UUID.randomUUID().toString();
        var eerste = post(MELDING.formatted(BURGER), Tokens.portaal(BURGER), sleutel);
        var tweede = post(MELDING.formatted(BURGER), Tokens.portaal(BURGER), sleutel);

        assertThat(eerste.statusCode()).isEqualTo(202);
        assertThat(tweede.statusCode()).isEqualTo(202);
        assertThat(json.readTree(tweede.body()).get("id")).isEqualTo(json.readTree(eerste.body()).get("id"));
        assertThat(jdbc.sql("select count(*) from aanvraag where idempotency_key = :k").param("k", sleutel)
                .query(Long.class).single()).isEqualTo(1);

        var ander = post(MELDING.formatted(BURGER).replace("Lantaarnpaal", "Straatlamp"), Tokens.portaal(BURGER),
                sleutel);
        assertThat(ander.statusCode()).isEqualTo(422);
        assertThat(ander.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void aCitizenSeesOnlyTheirOwnAanvragen() throws Exception {
        String id = json.readTree(post(MELDING.formatted(BURGER), Tokens.portaal(BURGER), null).body())
                .get("id").asString();

        var vreemd = get("/api/v1/aanvragen/" + id, Tokens.portaal(ANDERE_BURGER));
        assertThat(vreemd.statusCode()).isEqualTo(404);
        assertThat(vreemd.body()).doesNotContain(BURGER);

        JsonNode eigen = json.readTree(get("/api/v1/aanvragen", Tokens.portaal(BURGER)).body());
        assertThat(eigen.get("aanvragen")).extracting(a -> a.get("id").asString()).contains(id);
        JsonNode andere = json.readTree(get("/api/v1/aanvragen", Tokens.portaal(ANDERE_BURGER)).body());
        assertThat(andere.get("aanvragen")).extracting(a -> a.get("id").asString()).doesNotContain(id);
    }

    @Test
    void theSameIdempotencyKeySentFiveTimesAtOnceGivesOneAanvraag() throws Exception {
        String sleutel = UUID.randomUUID().toString();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            java.util.concurrent.Callable<HttpResponse<String>> verzoek =
                    () -> post(MELDING.formatted(BURGER), Tokens.portaal(BURGER), sleutel);
            var antwoorden = pool.invokeAll(java.util.Collections.nCopies(5, verzoek));
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var antwoord : antwoorden) {
                assertThat(antwoord.get().statusCode()).isEqualTo(202);
                ids.add(json.readTree(antwoord.get().body()).get("id").asString());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from aanvraag where idempotency_key = :k").param("k", sleutel)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbox o join aanvraag a on a.id = o.aanvraag_id "
                + "where a.idempotency_key = :k and o.bestemming = :q").param("k", sleutel)
                .param("q", Queues.AANVRAGEN_ONTVANGEN).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theApiFollowsTheNlApiDesignRules() throws Exception {
        var niet = send(HttpRequest.newBuilder(uri("/api/v1/aanvragen")).header("Authorization", "Bearer "
                + Tokens.portaal(BURGER)).DELETE());
        assertThat(niet.statusCode()).isEqualTo(405);
        assertThat(niet.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET", "POST"));
        assertProblem(niet, 405, null);

        var slash = get("/api/v1/aanvragen/", Tokens.portaal(BURGER));
        assertThat(slash.statusCode()).as("no trailing-slash redirect").isEqualTo(404);
        assertThat(slash.headers().firstValue("Location")).isEmpty();

        var openapi = send(HttpRequest.newBuilder(uri("/api/v1/openapi.json")));
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(json.readTree(openapi.body()).get("openapi").asString()).startsWith("3.");
        assertThat(openapi.headers().firstValue("API-Version")).contains("1.0.0");
    }

    private void assertProblem(HttpResponse<String> antwoord, int status, String veld) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(antwoord.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain(BURGER);
        if (veld != null) {
            assertThat(problem.get("invalidParams")).extracting(p -> p.get("name").asString()).contains(veld);
        }
    }

    private long aantalAanvragen() {
        return jdbc.sql("select count(*) from aanvraag").query(Long.class).single();
    }

    private JsonNode detail(String id, String bsn) throws Exception {
        return json.readTree(get("/api/v1/aanvragen/" + id, Tokens.portaal(bsn)).body());
    }

    private HttpResponse<String> post(String body, String token, String idempotencyKey) throws Exception {
        var request = HttpRequest.newBuilder(uri("/api/v1/aanvragen")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    private HttpResponse<String> get(String pad, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(pad)).header("Authorization", "Bearer " + token).GET());
    }

}

package nl.midoffice.midoffice.beheer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;

import nl.midoffice.contracts.Queues;
import nl.midoffice.midoffice.MidofficeIT;
import nl.midoffice.midoffice.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Poison messages end in the dead-letter queue with their reason while the rest keeps flowing; the
 * administrator sees them, sends one back once the cause is fixed (it is then applied exactly once), or
 * discards it.
 */
class DeadLetterIT extends MidofficeIT {

    private static final String BEHEERDER = "Basic " + Base64.getEncoder().encodeToString("beheerder:demo".getBytes());

    @Autowired
    JmsTemplate jms;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aPoisonMessageIsParkedWithItsReasonAndCanBeRetriedOnceFixed() throws Exception {
        UUID onbekend = UUID.randomUUID();
        jms.convertAndSend(Queues.BACKOFFICE_RESULTATEN, resultaat(onbekend, "GEREGISTREERD"));

        JsonNode deadLetter = await().atMost(Duration.ofSeconds(20)).until(() -> deadLetterOver(onbekend), d -> d != null);
        assertThat(deadLetter.get("queue").asString()).isEqualTo("DLQ." + Queues.BACKOFFICE_RESULTATEN);
        assertThat(deadLetter.get("herkomst").asString()).isEqualTo(Queues.BACKOFFICE_RESULTATEN);
        assertThat(deadLetter.get("reden").asString()).contains("OnverwerkbaarBericht").contains(onbekend.toString());

        // the rest keeps flowing: a melding is still taken in and sent on
        var melding = send(HttpRequest.newBuilder(uri("/api/v1/aanvragen")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.portaal("999993653"))
                .POST(HttpRequest.BodyPublishers.ofString(MELDING)));
        assertThat(melding.statusCode()).isEqualTo(202);

        // the cause is fixed (the aanvraag now exists), then the administrator retries: applied exactly once
        voegAanvraagToe(onbekend);
        String id = deadLetter.get("id").asString();
        var opnieuw = send(HttpRequest.newBuilder(uri("/api/v1/beheer/dead-letters/" + id + "/opnieuw"))
                .header("Authorization", BEHEERDER).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(opnieuw.statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(statussen(onbekend))
                .containsExactly("ONTVANGEN", "GEREGISTREERD"));
        assertThat(deadLetterOver(onbekend)).isNull();
        var nogEens = send(HttpRequest.newBuilder(uri("/api/v1/beheer/dead-letters/" + id + "/opnieuw"))
                .header("Authorization", BEHEERDER).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(nogEens.statusCode()).isEqualTo(404);
    }

    @Test
    void unreadableMessagesAreParkedAtOnceAndCanBeDiscarded() throws Exception {
        String kenmerk = UUID.randomUUID().toString();
        jms.convertAndSend(Queues.AANVRAGEN_ONTVANGEN, "{ geen json " + kenmerk);

        JsonNode deadLetter = await().atMost(Duration.ofSeconds(20)).until(
                () -> alle().stream().filter(d -> d.get("inhoud").asString().contains(kenmerk)).findFirst().orElse(null),
                d -> d != null);
        assertThat(deadLetter.get("queue").asString()).isEqualTo("DLQ." + Queues.AANVRAGEN_ONTVANGEN);
        assertThat(deadLetter.get("reden").asString()).isNotBlank();

        String pad = "/api/v1/beheer/dead-letters/" + deadLetter.get("id").asString();
        assertThat(send(HttpRequest.newBuilder(uri(pad)).header("Authorization", BEHEERDER)).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri(pad)).header("Authorization", BEHEERDER).DELETE()).statusCode())
                .isEqualTo(204);
        assertThat(alle()).noneMatch(d -> d.get("inhoud").asString().contains(kenmerk));
    }

    @Test
    void onlyTheAdministratorSeesDeadLetters() throws Exception {
        String pad = "/api/v1/beheer/dead-letters";
        assertThat(send(HttpRequest.newBuilder(uri(pad))).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri(pad)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("beheerder:fout".getBytes()))).statusCode()).isEqualTo(401);
        var burger = send(HttpRequest.newBuilder(uri(pad)).header("Authorization", "Bearer " + Tokens.portaal("999993653")));
        assertThat(burger.statusCode()).isEqualTo(401);
        assertThat(burger.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    private JsonNode deadLetterOver(UUID aanvraagId) throws Exception {
        return alle().stream().filter(d -> d.get("inhoud").asString().contains(aanvraagId.toString()))
                .findFirst().orElse(null);
    }

    private List<JsonNode> alle() throws Exception {
        var antwoord = send(HttpRequest.newBuilder(uri("/api/v1/beheer/dead-letters")).header("Authorization", BEHEERDER));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        List<JsonNode> lijst = new java.util.ArrayList<>();
        json.readTree(antwoord.body()).get("deadLetters").forEach(lijst::add);
        return lijst;
    }

    private List<String> statussen(UUID id) {
        return jdbc.sql("select status from aanvraag_status where aanvraag_id = :id order by id").param("id", id)
                .query(String.class).list();
    }

    private void voegAanvraagToe(UUID id) {
        Timestamp nu = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into aanvraag (id, referentie, product, gemeente, aanvrager_bsn, gegevens, status, client_id,
                    verzoek_hash, correlation_id, ontvangen_op, gewijzigd_op)
                values (:id, :ref, 'melding-openbare-ruimte', '9001', '999993653', '{}'::jsonb, 'ONTVANGEN',
                    'test', 'x', 'c', :nu, :nu)""")
                .param("id", id).param("ref", "T-" + id.toString().substring(0, 8)).param("nu", nu).update();
        jdbc.sql("insert into aanvraag_status (aanvraag_id, status, bron, tijdstip) values (:id, 'ONTVANGEN', 'test', :nu)")
                .param("id", id).param("nu", nu).update();
    }

    private static String resultaat(UUID aanvraagId, String status) {
        return """
                {"messageId":"%s","correlationId":"c","aanvraagId":"%s","systeem":"legacy-suite","status":"%s",
                 "zaakIdentificatie":"Z-1","tijdstip":"%s"}""".formatted(UUID.randomUUID(), aanvraagId, status, Instant.now());
    }

    private static final String MELDING = """
            {"product":"melding-openbare-ruimte","gemeente":"9001","aanvrager":{"bsn":"999993653"},
             "gegevens":{"categorie":"afval","omschrijving":"Zakken","locatie":{"postcode":"1234AB","huisnummer":1}}}""";
}

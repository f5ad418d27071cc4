package nl.midoffice.midoffice.orchestratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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
 * The co-movers of a verhuizing are checked against the applicant's household at the persoonsgegevens step (issue
 * 13), with the test playing the legacy suite on its queues: each co-mover is a lookup of its own at the routed
 * system and a verwerkingsactie about that person; one who lives elsewhere refuses the aanvraag with a reason
 * that names no BSN; when all live there, the zaak is registered.
 */
class MeeverhuizersIT extends MidofficeIT {

    static final String AANVRAGER = "999993653";
    static final String PARTNER = "999995492";
    static final String KIND = "999996708";

    @Autowired
    JmsTemplate jms;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void wachttijd() {
        jms.setReceiveTimeout(15_000);
    }

    @Test
    void coMoversWhoLiveWithTheApplicantAreLookedUpRecordedAndLetTheVerhuizingGoOn() throws Exception {
        String id = verhuizing(PARTNER, KIND);
        persoon(opdracht(Queues.LEGACY_SUITE_PERSOON_OPVRAGEN, id), "9001AB", 12);

        JsonNode eerste = opdracht(Queues.LEGACY_SUITE_PERSOON_OPVRAGEN, id);
        JsonNode tweede = opdracht(Queues.LEGACY_SUITE_PERSOON_OPVRAGEN, id);
        assertThat(List.of(eerste.get("bsn").asString(), tweede.get("bsn").asString()))
                .containsExactlyInAnyOrder(PARTNER, KIND);
        assertThat(eerste.get("doel").asString()).isEqualTo("verhuizing");
        persoon(eerste, "9001 ab", 12);
        persoon(tweede, "9001AB", 12);

        JsonNode zaak = opdracht(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, id);
        assertThat(zaak.get("product").asString()).isEqualTo("verhuizing");
        assertThat(jdbc.sql("select bsn || ':' || betrokkenheid from verwerkingsactie where aanvraag_id = :id")
                .param("id", UUID.fromString(id)).query(String.class).list()).containsExactlyInAnyOrder(
                        AANVRAGER + ":aanvrager", PARTNER + ":meeverhuizer", KIND + ":meeverhuizer");
    }

    @Test
    void aCoMoverWhoLivesElsewhereRefusesTheVerhuizingWithAReasonWithoutBsn() throws Exception {
        String id = verhuizing(PARTNER, KIND);
        persoon(opdracht(Queues.LEGACY_SUITE_PERSOON_OPVRAGEN, id), "9001AB", 12);
        JsonNode eerste = opdracht(Queues.LEGACY_SUITE_PERSOON_OPVRAGEN, id);
        JsonNode tweede = opdracht(Queues.LEGACY_SUITE_PERSOON_OPVRAGEN, id);
        JsonNode kind = eerste.get("bsn").asString().equals(KIND) ? eerste : tweede;
        persoon(kind.equals(eerste) ? tweede : eerste, "9001AB", 12);
        persoon(kind, "9001CE", 7);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(status(id)).isEqualTo("AFGEWEZEN"));
        String reden = jdbc.sql("select status_toelichting from aanvraag where id = :id")
                .param("id", UUID.fromString(id)).query(String.class).single();
        assertThat(reden).contains("Meeverhuizer 2 woont volgens onze gegevens niet op uw adres")
                .doesNotContain(KIND).doesNotContain(PARTNER);
        jms.setReceiveTimeout(1000);
        assertThat(jms.receiveSelected(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, "midofficeAanvraagId = '" + id + "'"))
                .as("no zaak for a refused verhuizing").isNull();
        assertThat(jdbc.sql("select count(*) from verwerkingsactie where aanvraag_id = :id and betrokkenheid = "
                + "'meeverhuizer'").param("id", UUID.fromString(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aRedeliveredAnswerOfTheApplicantAsksNoCoMoverTwice() throws Exception {
        String id = verhuizing(PARTNER);
        JsonNode vraag = opdracht(Queues.LEGACY_SUITE_PERSOON_OPVRAGEN, id);
        persoon(vraag, "9001AB", 12);
        JsonNode partner = opdracht(Queues.LEGACY_SUITE_PERSOON_OPVRAGEN, id);
        persoon(vraag, "9001AB", 12);

        jms.setReceiveTimeout(1500);
        assertThat(jms.receiveSelected(Queues.LEGACY_SUITE_PERSOON_OPVRAGEN, "midofficeAanvraagId = '" + id + "'"))
                .as("a second question about the co-mover").isNull();
        jms.setReceiveTimeout(15_000);
        persoon(partner, "9001AB", 12);
        assertThat(opdracht(Queues.LEGACY_SUITE_ZAAK_REGISTREREN, id).get("product").asString()).isEqualTo("verhuizing");
    }

    private String verhuizing(String... meeverhuizers) throws Exception {
        String lijst = String.join("\",\"", meeverhuizers);
        var antwoord = send(HttpRequest.newBuilder(uri("/api/v1/aanvragen"))
                .header("Authorization", "Bearer " + Tokens.portaal(AANVRAGER)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"product":"verhuizing","gemeente":"9001","aanvrager":{"bsn":"%s"},
                         "gegevens":{"nieuwAdres":{"postcode":"9001AC","huisnummer":30},"verhuisdatum":"%s",
                                     "meeverhuizers":["%s"]}}""".formatted(AANVRAGER,
                        LocalDate.now(ZoneId.of("Europe/Amsterdam")), lijst))));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(202);
        return json.readTree(antwoord.body()).get("id").asString();
    }

    private JsonNode opdracht(String queue, String aanvraagId) throws Exception {
        var bericht = (TextMessage) jms.receiveSelected(queue, "midofficeAanvraagId = '" + aanvraagId + "'");
        assertThat(bericht).as("a command on " + queue).isNotNull();
        return json.readTree(bericht.getText());
    }

    /** The legacy suite's answer: the person asked about lives in Lindeveen at this address. */
    private void persoon(JsonNode vraag, String postcode, int huisnummer) {
        jms.convertAndSend(Queues.PERSOONSGEGEVENS_RESULTATEN, """
                {"messageId":"%s","opdrachtId":"%s","correlationId":"%s","aanvraagId":"%s","systeem":"legacy-suite",
                 "gevonden":true,"persoon":{"bsn":"%s","voornamen":"Test","geslachtsnaam":"Persoon",
                   "adres":{"straat":"Dorpsstraat","huisnummer":%d,"postcode":"%s","woonplaats":"Lindeveen"},
                   "gemeenteVanInschrijving":"9001"},
                 "gevraagdeGegevens":["naam","verblijfplaats"],"schaduw":false,"tijdstip":"%s"}"""
                .formatted(UUID.randomUUID(), vraag.get("messageId").asString(), vraag.get("correlationId").asString(),
                        vraag.get("aanvraagId").asString(), vraag.get("bsn").asString(), huisnummer, postcode,
                        Instant.now()));
    }

    private String status(String id) {
        return jdbc.sql("select status from aanvraag where id = :id").param("id", UUID.fromString(id))
                .query(String.class).single();
    }
}

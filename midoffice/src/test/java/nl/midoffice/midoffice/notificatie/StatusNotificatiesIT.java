package nl.midoffice.midoffice.notificatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import nl.midoffice.contracts.Queues;
import nl.midoffice.midoffice.MidofficeIT;
import nl.midoffice.midoffice.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Status changes leave the mid-office as CloudEvents on the topic and reach the live stream of the citizen
 * whose aanvraag it is, and no one else's.
 */
class StatusNotificatiesIT extends MidofficeIT {

    static final String BURGER = "999993653";
    static final String ANDERE_BURGER = "999995492";
    static final String MELDING = """
            {"product":"melding-openbare-ruimte","gemeente":"9001","aanvrager":{"bsn":"%s"},
             "gegevens":{"categorie":"afval","omschrijving":"Volle container",
                         "locatie":{"postcode":"1234AB","huisnummer":3}}}""";
    static final Duration WACHTTIJD = Duration.ofSeconds(15);

    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    JmsTemplate jms;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAcceptedAanvraagIsAnnouncedOnTheTopicAsAnOntvangenCloudEvent() throws Exception {
        try (JMSContext context = losVanCache().createContext();
                JMSConsumer abonnee = context.createConsumer(context.createTopic(StatusCloudEvents.TOPIC),
                        "ce_type = '" + StatusCloudEvents.TYPE + "'")) {
            String id = dienIn(BURGER);

            TextMessage bericht = ontvang(abonnee, id);
            JsonNode ce = json.readTree(bericht.getText());
            assertThat(bericht.getStringProperty("ce_id")).isEqualTo(ce.path("id").asString());
            assertThat(bericht.getStringProperty("ce_type")).isEqualTo("nl.midoffice.aanvraag.status-gewijzigd");
            assertThat(ce.path("specversion").asString()).isEqualTo("1.0");
            assertThat(ce.path("source").asString()).isEqualTo("urn:nld:oin:00000001234567890000:systeem:midoffice");
            assertThat(ce.path("type").asString()).isEqualTo(StatusCloudEvents.TYPE);
            assertThat(ce.path("subject").asString()).isEqualTo(id);
            assertThat(ce.path("datacontenttype").asString()).isEqualTo("application/json");
            assertThat(ce.path("data").path("status").asString()).isEqualTo("ONTVANGEN");
            assertThat(ce.path("data").path("referentie").asString()).matches("MO-\\d{4}-\\d{6}");
            assertThat(bericht.getText()).doesNotContain(BURGER);
        }
    }

    @Test
    void aCitizensStreamGetsTheirStatusChangesAndAnotherCitizensStreamDoesNot() throws Exception {
        try (SseLezer eigen = SseLezer.open(http, uri(GebeurtenissenController.PAD), Tokens.portaal(BURGER));
                SseLezer ander = SseLezer.open(http, uri(GebeurtenissenController.PAD), Tokens.portaal(ANDERE_BURGER))) {
            assertThat(eigen.antwoord().statusCode()).isEqualTo(200);
            assertThat(eigen.antwoord().headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/event-stream"));
            assertThat(eigen.antwoord().headers().firstValue("API-Version")).contains("1.0.0");
            // once the greeting arrived the stream is registered, so nothing published after it can be missed
            eigen.volgende(g -> "verbonden".equals(g.commentaar()), WACHTTIJD);
            ander.volgende(g -> "verbonden".equals(g.commentaar()), WACHTTIJD);

            String id = dienIn(BURGER);
            jms.convertAndSend(Queues.BACKOFFICE_RESULTATEN, """
                    {"messageId":"%s","correlationId":"c","aanvraagId":"%s","systeem":"legacy-suite",
                     "status":"GEREGISTREERD","zaakIdentificatie":"ZAAK-1","tijdstip":"%s"}"""
                    .formatted(UUID.randomUUID(), id, Instant.now()));

            var geregistreerd = eigen.volgende(g -> isStatus(g, id, "GEREGISTREERD"), WACHTTIJD);
            assertThat(geregistreerd.naam()).isEqualTo("status-gewijzigd");
            JsonNode ce = json.readTree(geregistreerd.data());
            assertThat(geregistreerd.id()).isEqualTo(ce.path("id").asString());
            assertThat(ce.path("type").asString()).isEqualTo(StatusCloudEvents.TYPE);
            assertThat(ce.path("data").path("vorigeStatus").asString()).isEqualTo("ONTVANGEN");
            assertThat(geregistreerd.data()).doesNotContain(BURGER);

            // the other citizen's own, later event proves their stream is live and got nothing before it
            String andermans = dienIn(ANDERE_BURGER);
            ander.volgende(g -> isStatus(g, andermans, "ONTVANGEN"), WACHTTIJD);
            assertThat(ander.alle()).noneMatch(g -> g.data() != null && g.data().contains(id));
        }
    }

    @Test
    void theStreamNeedsATokenThatNamesACitizen() throws Exception {
        HttpResponse<String> zonder = send(HttpRequest.newBuilder(uri(GebeurtenissenController.PAD))
                .header("Accept", "text/event-stream").GET());
        HttpResponse<String> zonderBurger = send(HttpRequest.newBuilder(uri(GebeurtenissenController.PAD))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer "
                        + Tokens.token("frontoffice-portal", Tokens.DEMO_SECRET, null, Instant.now())).GET());

        assertThat(zonder.statusCode()).isEqualTo(401);
        assertThat(zonderBurger.statusCode()).isEqualTo(403);
        for (HttpResponse<String> antwoord : List.of(zonder, zonderBurger)) {
            assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
        }
    }

    private boolean isStatus(SseLezer.Gebeurtenis g, String aanvraagId, String status) {
        if (g.data() == null) {
            return false;
        }
        JsonNode data = json.readTree(g.data()).path("data");
        return aanvraagId.equals(data.path("aanvraagId").asString()) && status.equals(data.path("status").asString());
    }

    /** A subscription of its own: a cached consumer would outlive the test and keep collecting. */
    private ConnectionFactory losVanCache() {
        return connectionFactory instanceof CachingConnectionFactory caching ? caching.getTargetConnectionFactory()
                : connectionFactory;
    }

    private static TextMessage ontvang(JMSConsumer abonnee, String aanvraagId) throws Exception {
        Instant deadline = Instant.now().plus(WACHTTIJD);
        while (Instant.now().isBefore(deadline)) {
            Message bericht = abonnee.receive(Duration.between(Instant.now(), deadline).toMillis() + 1);
            if (bericht != null && aanvraagId.equals(bericht.getStringProperty("ce_subject"))) {
                return (TextMessage) bericht;
            }
        }
        throw new AssertionError("no CloudEvent for aanvraag " + aanvraagId + " on the topic");
    }

    private String dienIn(String bsn) throws Exception {
        HttpResponse<String> antwoord = send(HttpRequest.newBuilder(uri("/api/v1/aanvragen"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + Tokens.portaal(bsn))
                .POST(HttpRequest.BodyPublishers.ofString(MELDING.formatted(bsn))));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(202);
        return json.readTree(antwoord.body()).path("id").asString();
    }
}

package nl.midoffice.midoffice.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import nl.midoffice.contracts.AanvraagStatus;
import nl.midoffice.midoffice.aanvraag.Aanvraag;
import nl.midoffice.midoffice.outbox.OutboxRepository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StatusCloudEventsTest {

    private static final String BSN = "999993653";
    private static final UUID AANVRAAG_ID = UUID.fromString("6f1c2a4e-8d1b-4a43-9e51-3b0c2f7d9a10");
    private static final Instant TIJDSTIP = Instant.parse("2026-11-28T09:15:00.123456Z");

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aStatusChangeBecomesACloudEventWithTheAttributesTheNlGovProfileRequires() {
        var event = new AanvraagStatusGewijzigd(UUID.randomUUID(), TIJDSTIP.plusSeconds(2), AANVRAAG_ID,
                "MO-2026-000042", "melding-openbare-ruimte", "9001", AanvraagStatus.AFGEWEZEN,
                AanvraagStatus.GEREGISTREERD, "Particulier terrein", TIJDSTIP);

        JsonNode ce = json.valueToTree(StatusCloudEvents.naarCloudEvent(event, NotificatieProperties.DEMO_OIN));

        assertThat(ce.path("specversion").asString()).isEqualTo("1.0");
        assertThat(UUID.fromString(ce.path("id").asString())).isEqualTo(event.id());
        assertThat(ce.path("source").asString())
                .isEqualTo("urn:nld:oin:00000001234567890000:systeem:midoffice")
                .matches("urn:nld:oin:\\d{20}:systeem:[a-z0-9-]+");
        assertThat(ce.path("type").asString()).isEqualTo("nl.midoffice.aanvraag.status-gewijzigd")
                .matches("([a-z0-9-]+\\.){2,}[a-z0-9-]+");
        assertThat(ce.path("subject").asString()).isEqualTo(AANVRAAG_ID.toString());
        assertThat(OffsetDateTime.parse(ce.path("time").asString()).toInstant()).isEqualTo(event.aangemaaktOp());
        assertThat(ce.path("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(ce.has("dataref")).as("optional dataref left out, not null").isFalse();

        JsonNode data = ce.path("data");
        assertThat(data.path("aanvraagId").asString()).isEqualTo(AANVRAAG_ID.toString());
        assertThat(data.path("referentie").asString()).isEqualTo("MO-2026-000042");
        assertThat(data.path("product").asString()).isEqualTo("melding-openbare-ruimte");
        assertThat(data.path("gemeente").asString()).isEqualTo("9001");
        assertThat(data.path("status").asString()).isEqualTo("AFGEWEZEN");
        assertThat(data.path("vorigeStatus").asString()).isEqualTo("GEREGISTREERD");
        assertThat(data.path("toelichting").asString()).isEqualTo("Particulier terrein");
        assertThat(OffsetDateTime.parse(data.path("tijdstip").asString()).toInstant()).isEqualTo(TIJDSTIP);
    }

    @Test
    void theEventPlacedInTheOutboxGoesToTheTopicAndNeverCarriesTheBsn() {
        OutboxRepository outbox = mock(OutboxRepository.class);
        var notificaties = new StatusNotificaties(outbox,
                new NotificatieProperties(NotificatieProperties.DEMO_OIN, Duration.ofSeconds(20), Duration.ofMinutes(30), 5));
        var aanvraag = new Aanvraag(AANVRAAG_ID, "MO-2026-000042", "melding-openbare-ruimte", "9001", BSN,
                "{\"omschrijving\":\"Lantaarnpaal\"}", AanvraagStatus.ONTVANGEN, null, null, null, "corr-1", TIJDSTIP, Aanvraag.INTAKE, null);

        var event = notificaties.statusGewijzigd(aanvraag, null, AanvraagStatus.ONTVANGEN, null, TIJDSTIP);

        ArgumentCaptor<Object> bericht = ArgumentCaptor.forClass(Object.class);
        verify(outbox).plaats(eq("topic:midoffice.aanvragen.status-gewijzigd"), eq(event.id()), bericht.capture(),
                eq("corr-1"), eq(AANVRAAG_ID));
        String tekst = json.writeValueAsString(bericht.getValue());
        assertThat(tekst).doesNotContain(BSN).doesNotContainIgnoringCase("bsn").doesNotContain("aanvrager");
        JsonNode ce = json.readTree(tekst);
        assertThat(ce.path("subject").asString()).isEqualTo(AANVRAAG_ID.toString());
        assertThat(ce.path("data").path("status").asString()).isEqualTo("ONTVANGEN");
        assertThat(ce.path("data").path("vorigeStatus").isNull()).isTrue();
    }

    @Test
    void theOinMustBeTwentyDigits() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new NotificatieProperties("1234", Duration.ofSeconds(20), Duration.ofMinutes(30), 5));
    }

}

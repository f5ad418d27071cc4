package nl.midoffice.midoffice.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class OutboxPublisherTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aTopicBestemmingGoesToTheTopicAndAPlainNameToTheQueue() {
        assertThat(OutboxPublisher.isTopic("topic:midoffice.aanvragen.status-gewijzigd")).isTrue();
        assertThat(OutboxPublisher.naam("topic:midoffice.aanvragen.status-gewijzigd"))
                .isEqualTo("midoffice.aanvragen.status-gewijzigd");
        assertThat(OutboxPublisher.isTopic("midoffice.aanvragen.ontvangen")).isFalse();
        assertThat(OutboxPublisher.naam("midoffice.aanvragen.ontvangen")).isEqualTo("midoffice.aanvragen.ontvangen");
    }

    @Test
    void aCloudEventGetsItsTypeIdAndSubjectAsJmsPropertiesForSelectors() {
        assertThat(OutboxPublisher.cloudEventEigenschappen(json, """
                {"specversion":"1.0","id":"e1","source":"urn:nld:oin:00000001234567890000:systeem:midoffice",
                 "type":"nl.midoffice.aanvraag.status-gewijzigd","subject":"a1","data":{"subject":"x"}}"""))
                .isEqualTo(Map.of("ce_type", "nl.midoffice.aanvraag.status-gewijzigd", "ce_id", "e1", "ce_subject", "a1"));
        assertThat(OutboxPublisher.cloudEventEigenschappen(json, "{\"messageId\":\"m1\",\"aanvraagId\":\"a1\"}")).isEmpty();
    }
}

package nl.midoffice.midoffice.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.jms.TextMessage;
import nl.midoffice.contracts.Headers;
import nl.midoffice.midoffice.MidofficeIT;

/**
 * An instance that dies after the broker committed its batch but before its database marked the rows published
 * leaves rows that go out again, now in one batch with new ones. The broker refuses that whole transaction for the
 * one copy in it; the relay must still publish the new message, and the copy must not arrive twice.
 */
class OutboxPublisherIT extends MidofficeIT {

    @Autowired
    OutboxRepository outbox;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    JmsTemplate jms;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBatchHoldingAMessageTheBrokerAlreadyHasIsPublishedWithoutLosingTheRestOrDoublingTheCopy() throws Exception {
        String queue = "test.outbox-kopie." + UUID.randomUUID();
        UUID aanvraag = UUID.randomUUID();
        UUID alVerstuurd = UUID.randomUUID();
        UUID nieuw = UUID.randomUUID();
        // what the dead instance got into the broker: the message with its outbox duplicate id
        jms.send(queue, sessie -> {
            TextMessage bericht = sessie.createTextMessage("{\"wie\":\"al verstuurd\"}");
            bericht.setStringProperty(Headers.JMS_DUPLICATE_ID, "outbox:" + alVerstuurd);
            return bericht;
        });

        transactie.executeWithoutResult(t -> {
            outbox.plaats(queue, alVerstuurd, Map.of("wie", "al verstuurd"), "c-" + aanvraag, aanvraag);
            outbox.plaats(queue, nieuw, Map.of("wie", "nieuw"), "c-" + aanvraag, aanvraag);
        });

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from outbox where aanvraag_id = :a and gepubliceerd_op is not null")
                .param("a", aanvraag).query(Long.class).single()).as("rows marked published").isEqualTo(2));
        jms.setReceiveTimeout(2_000);
        List<String> ontvangen = new ArrayList<>();
        for (var bericht = (TextMessage) jms.receive(queue); bericht != null; bericht = (TextMessage) jms.receive(queue)) {
            ontvangen.add(bericht.getText());
        }
        assertThat(ontvangen).containsExactlyInAnyOrder("{\"wie\":\"al verstuurd\"}", "{\"wie\":\"nieuw\"}");
    }
}

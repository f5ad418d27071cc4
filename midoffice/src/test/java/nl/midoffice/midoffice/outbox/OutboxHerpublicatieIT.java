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
import nl.midoffice.midoffice.MidofficeIT;

/**
 * A crash between the broker's commit of a batch and the database's "published" mark leaves rows the broker already
 * has. Published again in a batch with new rows, the broker refuses the whole transaction (duplicate detection); the
 * new rows must still go out, and the copy must not arrive twice. On a standalone broker, which outlives a killed
 * mid-office, this stalled the outbox for good (CrashIT on standalone infrastructure).
 */
class OutboxHerpublicatieIT extends MidofficeIT {

    private static final String WACHTRIJ = "test.outbox.herpublicatie";

    @Autowired
    OutboxRepository outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    JmsTemplate jms;

    @Test
    void aRowTheBrokerAlreadyHasDoesNotBlockTheRowsPublishedWithIt() throws Exception {
        UUID eerste = UUID.randomUUID();
        transactie.executeWithoutResult(t -> plaats(eerste));
        wachtTotGepubliceerd(eerste);

        UUID nieuwe = UUID.randomUUID();
        transactie.executeWithoutResult(t -> {
            // as if the mark of the first had been lost in a crash: it goes out again, together with a new one
            jdbc.sql("update outbox set gepubliceerd_op = null where message_id = :id").param("id", eerste).update();
            plaats(nieuwe);
        });
        wachtTotGepubliceerd(eerste);
        wachtTotGepubliceerd(nieuwe);

        jms.setReceiveTimeout(2_000);
        List<String> ontvangen = new ArrayList<>();
        for (var bericht = (TextMessage) jms.receive(WACHTRIJ); bericht != null;
                bericht = (TextMessage) jms.receive(WACHTRIJ)) {
            ontvangen.add(bericht.getText());
        }
        assertThat(ontvangen).as("each message once on the queue")
                .containsExactlyInAnyOrder(tekst(eerste), tekst(nieuwe));
    }

    private void plaats(UUID messageId) {
        outbox.plaats(WACHTRIJ, messageId, Map.of("messageId", messageId.toString()), "test", UUID.randomUUID());
    }

    private static String tekst(UUID messageId) {
        return "{\"messageId\":\"" + messageId + "\"}";
    }

    private void wachtTotGepubliceerd(UUID messageId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select gepubliceerd_op is not null from outbox where message_id = :id").param("id", messageId)
                .query(Boolean.class).single());
    }
}

package nl.midoffice.midoffice.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox: a message stored here in the same transaction as the data it is about is
 * published to the broker afterwards ({@link OutboxPublisher}), at least once.
 */
@Repository
public class OutboxRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OutboxSignaal signaal;

    OutboxRepository(JdbcClient jdbc, JsonMapper json, OutboxSignaal signaal) {
        this.jdbc = jdbc;
        this.json = json;
        this.signaal = signaal;
    }

    /** A {@code bestemming} with this prefix is a topic (publish-subscribe); any other name is a queue. */
    public static final String TOPIC_PREFIX = "topic:";

    /** The {@code bestemming} for a topic. */
    public static String topic(String naam) {
        return TOPIC_PREFIX + naam;
    }

    record Bericht(long id, UUID messageId, String bestemming, String payload, String correlationId, UUID aanvraagId) {
    }

    /**
     * Must run inside the transaction that stores what the message is about.
     *
     * @param bestemming a queue name, or {@link #topic(String)} for a topic
     */
    public void plaats(String bestemming, UUID messageId, Object bericht, String correlationId, UUID aanvraagId) {
        String payload = json.writeValueAsString(bericht);
        jdbc.sql("""
                insert into outbox (message_id, bestemming, payload, correlation_id, aanvraag_id, aangemaakt_op)
                values (:messageId, :bestemming, :payload, :correlationId, :aanvraagId, :nu)""")
                .param("messageId", messageId).param("bestemming", bestemming).param("payload", payload)
                .param("correlationId", correlationId).param("aanvraagId", aanvraagId)
                .param("nu", Timestamp.from(Instant.now()))
                .update();
        signaal.naCommit();
    }

    /** Locks the oldest unpublished messages; concurrent publishers skip each other's rows. */
    List<Bericht> tePubliceren(int max) {
        return jdbc.sql("""
                select id, message_id, bestemming, payload, correlation_id, aanvraag_id from outbox
                where gepubliceerd_op is null order by id limit :max for update skip locked""")
                .param("max", max)
                .query((rs, n) -> new Bericht(rs.getLong("id"), rs.getObject("message_id", UUID.class),
                        rs.getString("bestemming"), rs.getString("payload"), rs.getString("correlation_id"),
                        rs.getObject("aanvraag_id", UUID.class)))
                .list();
    }

    void markeerGepubliceerd(List<Long> ids) {
        jdbc.sql("update outbox set gepubliceerd_op = :nu where id in (:ids)")
                .param("nu", Timestamp.from(Instant.now())).param("ids", ids)
                .update();
    }

    /**
     * Deletes at most {@code max} messages published before {@code grens}, oldest first (over the partial index
     * {@code outbox_gepubliceerd}); an unpublished message is never deleted. Returns how many went.
     */
    int verwijderGepubliceerd(Instant grens, int max) {
        return jdbc.sql("""
                delete from outbox where id in (select id from outbox where gepubliceerd_op < :grens
                order by gepubliceerd_op limit :max for update skip locked)""")
                .param("grens", Timestamp.from(grens)).param("max", max)
                .update();
    }
}

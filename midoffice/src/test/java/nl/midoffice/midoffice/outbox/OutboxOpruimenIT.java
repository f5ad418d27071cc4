package nl.midoffice.midoffice.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.MeterRegistry;
import nl.midoffice.midoffice.MidofficeIT;

/**
 * The pruning job on the real PostgreSQL: published messages older than the retention go, in batches of the size
 * asked; recently published ones and unpublished ones (however old) stay. The relay and the job's own timer are
 * stopped meanwhile, so neither publishes nor deletes this test's rows behind its back.
 */
class OutboxOpruimenIT extends MidofficeIT {

    private static final String BESTEMMING = "test.outbox.opruimen";
    private static final Duration BEWAARTERMIJN = Duration.ofDays(3);

    @Autowired
    OutboxOpruimer opruimer;
    @Autowired
    OutboxRelay relay;
    @Autowired
    CamelContext camel;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    private final Instant nu = Instant.now();
    private final List<UUID> oud = new ArrayList<>();
    private UUID recent;
    private UUID onverstuurd;

    @BeforeEach
    void rijenVanVerschillendeLeeftijd() throws Exception {
        relay.stop();
        // this instance is elected for the job (it is the only one); once its route runs, stopping it holds it still
        await().atMost(Duration.ofSeconds(30))
                .until(() -> camel.getRouteController().getRouteStatus(OutboxOpruimer.ROUTE_ID).isStarted());
        camel.getRouteController().stopRoute(OutboxOpruimer.ROUTE_ID);
        for (int i = 1; i <= 5; i++) {
            oud.add(rij(nu.minus(BEWAARTERMIJN).minus(Duration.ofHours(i)), nu.minus(BEWAARTERMIJN).minusSeconds(i)));
        }
        // created long ago, like the unpublished one: only the publication time may count
        recent = rij(nu.minus(Duration.ofDays(10)), nu.minus(BEWAARTERMIJN).plus(Duration.ofMinutes(5)));
        onverstuurd = rij(nu.minus(Duration.ofDays(10)), null);
    }

    @AfterEach
    void opruimen() throws Exception {
        jdbc.sql("delete from outbox where bestemming = :b").param("b", BESTEMMING).update();
        relay.start();
        camel.getRouteController().startRoute(OutboxOpruimer.ROUTE_ID);
    }

    @Test
    void oldPublishedRowsGoInBatchesWhileRecentAndUnpublishedRowsStay() {
        double voor = teller();
        Instant grens = nu.minus(BEWAARTERMIJN);

        assertThat(opruimer.verwijderBatch(grens, 2)).as("one batch deletes no more than its size").isEqualTo(2);
        assertThat(aanwezig(oud)).as("the oldest two went first").containsExactlyInAnyOrderElementsOf(oud.subList(0, 3));

        assertThat(opruimer.ruimOp(grens, 2)).as("a run deletes batch after batch until none is left").isEqualTo(3);
        assertThat(aanwezig(oud)).isEmpty();
        assertThat(aanwezig(List.of(recent, onverstuurd))).as("published within the retention, and never published")
                .containsExactlyInAnyOrder(recent, onverstuurd);
        assertThat(teller() - voor).as("midoffice_outbox_opgeruimd_total").isEqualTo(5.0);
    }

    @Test
    void theJobUsesTheConfiguredRetention() {
        assertThat(opruimer.ruimOp()).isGreaterThanOrEqualTo(5);
        assertThat(aanwezig(oud)).isEmpty();
        assertThat(aanwezig(List.of(recent, onverstuurd))).containsExactlyInAnyOrder(recent, onverstuurd);
    }

    private UUID rij(Instant aangemaakt, Instant gepubliceerd) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into outbox (message_id, bestemming, payload, correlation_id, aanvraag_id, aangemaakt_op,
                gepubliceerd_op) values (:id, :bestemming, '{}', 'test', :aanvraag, :aangemaakt, :gepubliceerd)""")
                .param("id", id).param("bestemming", BESTEMMING).param("aanvraag", UUID.randomUUID())
                .param("aangemaakt", Timestamp.from(aangemaakt))
                .param("gepubliceerd", gepubliceerd == null ? null : Timestamp.from(gepubliceerd), Types.TIMESTAMP)
                .update();
        return id;
    }

    /** Which of these rows are still there. */
    private List<UUID> aanwezig(List<UUID> ids) {
        return jdbc.sql("select message_id from outbox where message_id in (:ids)").param("ids", ids)
                .query(UUID.class).list();
    }

    private double teller() {
        return meters.get("midoffice.outbox.opgeruimd").counter().count();
    }
}

package nl.midoffice.midoffice.outbox;

import java.time.Duration;
import java.time.Instant;

import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.midoffice.midoffice.MidofficeProperties;
import nl.midoffice.midoffice.cluster.SingletonJobs;

/**
 * The singleton job {@code midoffice.outbox-opruimen}: every {@code midoffice.outbox.opruim-interval}, on one instance
 * at a time, it deletes published outbox messages older than {@code midoffice.outbox.bewaartermijn}. Once the broker
 * took them they serve no one, and the table would only grow. Batch after batch of {@code opruim-batch} rows, each
 * its own statement and transaction, so no run holds many locks or a long transaction. Unpublished messages always
 * stay. Counted in {@code midoffice_outbox_opgeruimd_total}.
 */
@Component
class OutboxOpruimer extends RouteBuilder {

    static final String ROUTE_ID = "midoffice.outbox-opruimen";

    private static final Logger log = LoggerFactory.getLogger(OutboxOpruimer.class);

    private final OutboxRepository outbox;
    private final MidofficeProperties.Outbox instellingen;
    private final SingletonJobs singletonJobs;
    private final Counter opgeruimd;

    OutboxOpruimer(OutboxRepository outbox, MidofficeProperties properties, SingletonJobs singletonJobs,
            MeterRegistry meters) {
        this.outbox = outbox;
        this.instellingen = properties.outbox();
        this.singletonJobs = singletonJobs;
        this.opgeruimd = Counter.builder("midoffice.outbox.opgeruimd")
                .description("Published outbox messages deleted after their retention").register(meters);
    }

    @Override
    public void configure() {
        singletonJobs.timer(this, ROUTE_ID, instellingen.opruimInterval().toMillis()).process(e -> ruimOp());
    }

    /** One run of the job: every message published longer than the retention ago goes. */
    int ruimOp() {
        Duration bewaartermijn = instellingen.bewaartermijn();
        int totaal = ruimOp(Instant.now().minus(bewaartermijn), instellingen.opruimBatch());
        if (totaal > 0) {
            log.info("Outbox: {} published messages older than {} deleted", totaal, bewaartermijn);
        }
        return totaal;
    }

    /** Deletes batches of {@code max} messages published before {@code grens} until a batch comes back short. */
    int ruimOp(Instant grens, int max) {
        int totaal = 0;
        int verwijderd;
        do {
            verwijderd = verwijderBatch(grens, max);
            totaal += verwijderd;
        } while (verwijderd == max);
        return totaal;
    }

    /** One batch: at most {@code max} messages published before {@code grens}. */
    int verwijderBatch(Instant grens, int max) {
        int verwijderd = outbox.verwijderGepubliceerd(grens, max);
        opgeruimd.increment(verwijderd);
        return verwijderd;
    }
}

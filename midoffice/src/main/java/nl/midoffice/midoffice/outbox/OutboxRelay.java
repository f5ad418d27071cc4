package nl.midoffice.midoffice.outbox;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.midoffice.midoffice.MidofficeProperties;
import nl.midoffice.midoffice.infra.Achtergronddraad;

/**
 * Publishes the outbox as soon as a transaction that wrote to it commits ({@link OutboxSignaal}), batch after batch
 * while full batches come out; otherwise it looks every {@code midoffice.outbox.interval} (messages of a crashed
 * instance, a failed round). While one batch goes out, the commits meanwhile gather into the next, so a busy
 * mid-office sends bigger batches rather than more of them. One thread per instance; instances skip each other's rows.
 */
@Component
class OutboxRelay extends Achtergronddraad {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxPublisher publisher;
    private final OutboxSignaal signaal;
    private final Duration interval;

    OutboxRelay(OutboxPublisher publisher, OutboxSignaal signaal, MidofficeProperties properties) {
        super("outbox-relay");
        this.publisher = publisher;
        this.signaal = signaal;
        this.interval = properties.outbox().interval();
    }

    @Override
    protected void draai() {
        while (actief()) {
            try {
                signaal.wacht(interval);
                while (actief() && publisher.publiceer() == publisher.batch()) {
                    // a full batch: more may be waiting
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // broker or database unavailable: the messages stay in the outbox, tried again next round
                log.warn("Outbox not published, trying again: {}", e.getMessage());
                pauze();
            }
        }
    }

    private void pauze() {
        try {
            TimeUnit.MILLISECONDS.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    protected void wekOp() {
        signaal.wekOp();
    }

    /**
     * Stops after the web server (lower phases stop later), so that what the last requests stored still goes out;
     * the broker and the database are beans, there until every phase has stopped.
     */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }
}

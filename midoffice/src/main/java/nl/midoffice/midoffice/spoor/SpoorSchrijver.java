package nl.midoffice.midoffice.spoor;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.midoffice.midoffice.infra.Achtergronddraad;

/**
 * Writes trace lines in batches, off the path of the message or request they describe: every hop used to cost its
 * own database commit (a WAL flush each, with {@code synchronous_commit=on}), on the intake path too, after the
 * aanvraag's own commit. Now one thread writes whatever gathered meanwhile in one transaction, within milliseconds.
 * A trace is for looking back: lines still in memory when the process is killed are lost, never the aanvraag; a
 * graceful stop writes them first.
 */
@Component
class SpoorSchrijver extends Achtergronddraad {

    private static final Logger log = LoggerFactory.getLogger(SpoorSchrijver.class);
    /** More waiting than this means the database is not keeping up or is down: new lines are dropped, and counted. */
    private static final int MAX_WACHTEND = 100_000;
    private static final int BATCH = 1_000;

    record Regel(UUID aanvraagId, String stap, Timestamp tijdstip, long duurMs, String uitkomst, String detail) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;
    private final BlockingQueue<Regel> wachtend = new LinkedBlockingQueue<>(MAX_WACHTEND);
    private final AtomicLong verloren = new AtomicLong();

    SpoorSchrijver(JdbcTemplate jdbc, TransactionTemplate transactie) {
        super("spoor-schrijver");
        this.jdbc = jdbc;
        this.transactie = transactie;
    }

    void schrijf(Regel regel) {
        if (!wachtend.offer(regel) && verloren.incrementAndGet() % 1000 == 1) {
            log.warn("Trace lines dropped: the database does not keep up ({} so far)", verloren.get());
        }
    }

    /** Until stopped, and then until nothing waits any more. */
    @Override
    protected void draai() {
        List<Regel> batch = new ArrayList<>(BATCH);
        while (actief() || !wachtend.isEmpty()) {
            try {
                Regel eerste = wachtend.poll(200, TimeUnit.MILLISECONDS);
                if (eerste == null) {
                    continue;
                }
                batch.add(eerste);
                wachtend.drainTo(batch, BATCH - 1);
                schrijfWeg(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Could not record {} trace lines: {}", batch.size(), e.getMessage());
                if (!actief()) {
                    return;
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void schrijfWeg(List<Regel> batch) {
        transactie.executeWithoutResult(tx -> jdbc.batchUpdate(
                "insert into aanvraag_spoor (aanvraag_id, stap, tijdstip, duur_ms, uitkomst, detail) "
                        + "values (?, ?, ?, ?, ?, ?)",
                batch, batch.size(), (ps, r) -> {
                    ps.setObject(1, r.aanvraagId());
                    ps.setString(2, r.stap());
                    ps.setTimestamp(3, r.tijdstip());
                    ps.setLong(4, r.duurMs());
                    ps.setString(5, r.uitkomst());
                    ps.setString(6, r.detail());
                }));
    }

    @Override
    protected void wekOp() {
        // the loop polls: it sees the stop within 200 ms
    }

    /** Stops after the routes and the web server (lower phases stop later), so their last hops are written. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }
}

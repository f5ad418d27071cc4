package nl.midoffice.midoffice.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import nl.midoffice.midoffice.aanvraag.AanvraagIntake;
import nl.midoffice.midoffice.aanvraag.OngeldigeAanvraagException;
import nl.midoffice.midoffice.aanvraag.Ontvangst;
import nl.midoffice.midoffice.api.CorrelationIdFilter;
import nl.midoffice.midoffice.spoor.Spoor;

/**
 * Simulated citizens for the demo: submits aanvragen at the rate the architect sets (0 is off) through the real
 * intake — the same validation, the same transaction with the outbox, an idempotency key — as the client
 * {@value #CLIENT}, so everything downstream treats them like the portal's. After {@link #zet} returns, no further
 * aanvraag is submitted at the old rate.
 */
@Component
public class Verkeersgenerator implements SmartLifecycle {

    public static final String CLIENT = "verkeersgenerator";
    public static final int MAX_PER_MINUUT = 120;

    private static final Logger log = LoggerFactory.getLogger(Verkeersgenerator.class);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** What the generator does and has done since the mid-office started. */
    public record Stand(int perMinuut, int maxPerMinuut, long verzonden, long geaccepteerd, long geweigerd,
            String laatsteWeigering, Instant laatsteAanvraagOp) {
    }

    private final AanvraagIntake intake;
    private final Spoor spoor;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final AtomicLong verzonden = new AtomicLong();
    private final AtomicLong geaccepteerd = new AtomicLong();
    private final AtomicLong geweigerd = new AtomicLong();
    private volatile int perMinuut;
    private volatile String laatsteWeigering;
    private volatile Instant laatsteAanvraagOp;
    private ScheduledExecutorService planner;
    private ScheduledFuture<?> taak;

    Verkeersgenerator(AanvraagIntake intake, Spoor spoor) {
        this.intake = intake;
        this.spoor = spoor;
    }

    public Stand stand() {
        return new Stand(perMinuut, MAX_PER_MINUUT, verzonden.get(), geaccepteerd.get(), geweigerd.get(),
                laatsteWeigering, laatsteAanvraagOp);
    }

    /** Sets the rate (aanvragen per minute, 0 to {@value #MAX_PER_MINUUT}); 0 stops the generator. */
    public synchronized Stand zet(int nieuw, String door) {
        if (nieuw < 0 || nieuw > MAX_PER_MINUUT) {
            throw new IllegalArgumentException("rate out of range: " + nieuw);
        }
        perMinuut = nieuw;
        plan();
        log.info("Traffic generator set to {} aanvragen per minute by {}", nieuw, door);
        return stand();
    }

    /** Holds the monitor, so {@link #zet} waits for an aanvraag being submitted and the next tick sees the new rate. */
    private synchronized void tik() {
        if (perMinuut == 0 || taak == null || taak.isCancelled()) {
            return;
        }
        long n = verzonden.getAndIncrement();
        var verzoek = Verkeersaanvragen.maak(n, random, LocalDate.now(AMSTERDAM));
        String correlationId = UUID.randomUUID().toString();
        MDC.put(CorrelationIdFilter.MDC_KEY, correlationId);
        Instant start = Instant.now();
        try {
            Ontvangst ontvangst = intake.dienIn(verzoek.body(), new AanvraagIntake.Namens(verzoek.bsn(), CLIENT),
                    "verkeer-" + UUID.randomUUID(), correlationId);
            spoor.leg(ontvangst.id(), "midoffice.intake", start, Duration.between(start, Instant.now()).toMillis(),
                    Spoor.Uitkomst.OK, "202 Accepted, client " + CLIENT);
            geaccepteerd.incrementAndGet();
            laatsteAanvraagOp = Instant.now();
        } catch (OngeldigeAanvraagException e) {
            geweigerd.incrementAndGet();
            laatsteWeigering = verzoek.product() + ": " + e.invalidParams().stream()
                    .map(p -> p.name() + " (" + p.reason() + ")").toList();
            log.warn("Traffic generator: the intake refused a {} for {}: {}", verzoek.product(), verzoek.gemeente(),
                    laatsteWeigering);
        } catch (RuntimeException e) {
            // the message of a database error may quote the row, BSN included: only its type
            geweigerd.incrementAndGet();
            laatsteWeigering = verzoek.product() + ": " + e.getClass().getSimpleName();
            log.warn("Traffic generator: submitting a {} failed with {}", verzoek.product(), e.getClass().getName());
        } finally {
            MDC.remove(CorrelationIdFilter.MDC_KEY);
        }
    }

    private void plan() {
        if (taak != null) {
            taak.cancel(false);
            taak = null;
        }
        if (perMinuut > 0 && planner != null) {
            long periodeMs = 60_000L / perMinuut;
            taak = planner.scheduleAtFixedRate(this::tik, periodeMs, periodeMs, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void start() {
        planner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, CLIENT);
            t.setDaemon(true);
            return t;
        });
        plan();
    }

    @Override
    public synchronized void stop() {
        if (taak != null) {
            taak.cancel(false);
            taak = null;
        }
        if (planner != null) {
            planner.shutdownNow();
            planner = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return planner != null;
    }
}

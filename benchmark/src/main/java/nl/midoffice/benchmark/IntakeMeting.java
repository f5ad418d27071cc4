package nl.midoffice.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.HdrHistogram.Histogram;

/**
 * Intake latency at a fixed arrival rate, in an open model: the n-th POST is sent at {@code start + n / rate}
 * whether or not earlier ones were answered, and its latency counts from that planned moment, so a mid-office that
 * falls behind shows the queue it builds (no coordinated omission). Meldingen, alternately in both municipalities.
 */
final class IntakeMeting {

    /** Latencies of one rate: all of them, and per second of the run (p50, p99, max in ms). */
    record Uitkomst(int rate, long verzonden, long geaccepteerd, long fouten, double p50, double p95, double p99,
            double p999, double max, List<double[]> perSeconde, @JsonIgnore List<String> aanvraagIds) {
    }

    private static final long MAX_NS = TimeUnit.SECONDS.toNanos(120);

    private final MidofficeClient api;
    private final Verzoeken verzoeken;
    private final AtomicLong volgnummer = new AtomicLong();

    IntakeMeting(MidofficeClient api, Verzoeken verzoeken) {
        this.api = api;
        this.verzoeken = verzoeken;
    }

    Uitkomst meet(int rate, Duration duur) {
        long aantal = rate * duur.toSeconds();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        int seconden = (int) duur.toSeconds();
        Histogram alles = new ConcurrentHistogram(MAX_NS, 3);
        List<Histogram> perSeconde = new ArrayList<>();
        for (int s = 0; s < seconden; s++) {
            perSeconde.add(new ConcurrentHistogram(MAX_NS, 3));
        }
        Queue<String> ids = new ConcurrentLinkedQueue<>();
        AtomicLong fouten = new AtomicLong();
        List<CompletableFuture<?>> lopend = new ArrayList<>();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (long i = 0; i < aantal; i++) {
            long gepland = start + i * interval;
            long wacht;
            while ((wacht = gepland - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wacht);
            }
            Histogram seconde = perSeconde.get((int) Math.min(seconden - 1, i / rate));
            long n = volgnummer.getAndIncrement();
            lopend.add(api.dienIn(verzoeken.maak(Verzoeken.MELDING, n % 2 == 0 ? "9001" : "9002", n))
                    .whenComplete((antwoord, fout) -> {
                        long latentie = Math.min(MAX_NS, System.nanoTime() - gepland);
                        alles.recordValue(latentie);
                        seconde.recordValue(latentie);
                        if (fout == null && antwoord.geaccepteerd()) {
                            ids.add(antwoord.id());
                        } else {
                            fouten.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(lopend.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        List<double[]> reeks = perSeconde.stream().map(h -> new double[] {ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(99)), ms(h.getMaxValue())}).toList();
        return new Uitkomst(rate, aantal, ids.size(), fouten.get(), ms(alles.getValueAtPercentile(50)),
                ms(alles.getValueAtPercentile(95)), ms(alles.getValueAtPercentile(99)),
                ms(alles.getValueAtPercentile(99.9)), ms(alles.getMaxValue()), reeks, List.copyOf(ids));
    }

    static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}

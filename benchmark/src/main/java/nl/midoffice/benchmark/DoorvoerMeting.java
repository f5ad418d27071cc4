package nl.midoffice.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End-to-end throughput of one product in one municipality: a burst of N aanvragen posted by a fixed number of
 * submitters as fast as the intake takes them, then the time until the last one has its first back-office status,
 * sampling the backlog on the way (aanvragen accepted but not yet there; messages in the outbox and the queues),
 * and how long the outbox and the queues take to empty after the last registration.
 */
final class DoorvoerMeting {

    private static final Duration MONSTER = Duration.ofMillis(500);
    private static final Duration LEEG_GEDULD = Duration.ofSeconds(60);

    /** One sample: seconds since the first POST, aanvragen waiting, messages in outbox and queues. */
    record Monster(double t, long geaccepteerd, long wachtend, long berichten) {
    }

    record Uitkomst(String product, String gemeente, String modus, int aantal, long geaccepteerd, long fouten,
            Map<String, Long> foutsoorten, long klaar, long afgewezen, double intakeSeconden, double seconden, double aanvragenPerSeconde,
            Double leegNaSeconden, Map<String, Double> cpuSeconden, List<Monster> monsters) {
    }

    private final MidofficeClient api;
    private final Verzoeken verzoeken;
    private final StatusVolger volger;
    private final Processen processen;
    private final AtomicLong volgnummer = new AtomicLong(1_000_000);

    DoorvoerMeting(MidofficeClient api, Verzoeken verzoeken, StatusVolger volger, Processen processen) {
        this.api = api;
        this.verzoeken = verzoeken;
        this.volger = volger;
        this.processen = processen;
    }

    Uitkomst meet(String product, String gemeente, String modus, int aantal, int gelijktijdig, Duration geduld)
            throws InterruptedException {
        Processen.Cpu cpuStart = processen.cpu();
        Queue<String> ids = new ConcurrentLinkedQueue<>();
        AtomicLong fouten = new AtomicLong();
        Map<String, Long> foutsoorten = new ConcurrentHashMap<>();
        AtomicLong teGaan = new AtomicLong(aantal);
        long start = System.nanoTime();
        Instant startMoment = Instant.now();
        AtomicLong intakeKlaar = new AtomicLong();
        ExecutorService indieners = Executors.newFixedThreadPool(gelijktijdig);
        for (int i = 0; i < gelijktijdig; i++) {
            indieners.execute(() -> {
                while (teGaan.getAndDecrement() > 0) {
                    try {
                        var antwoord = api.dienIn(verzoeken.maak(product, gemeente, volgnummer.getAndIncrement())).join();
                        if (antwoord.geaccepteerd()) {
                            ids.add(antwoord.id());
                        } else {
                            fouten.incrementAndGet();
                            foutsoorten.merge("HTTP " + antwoord.status(), 1L, Long::sum);
                        }
                    } catch (RuntimeException e) {
                        fouten.incrementAndGet();
                        Throwable oorzaak = e.getCause() != null ? e.getCause() : e;
                        foutsoorten.merge(oorzaak.getClass().getSimpleName(), 1L, Long::sum);
                    }
                }
                intakeKlaar.accumulateAndGet(System.nanoTime(), Math::max);
            });
        }
        indieners.shutdown();
        List<Monster> monsters = new ArrayList<>();
        long deadline = start + geduld.toNanos();
        long klaar = 0;
        while (System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(MONSTER.toMillis());
            boolean ingediend = indieners.isTerminated();
            List<String> nu = List.copyOf(ids);
            klaar = volger.aantalKlaar(nu);
            monsters.add(new Monster(seconden(start), nu.size(), nu.size() - klaar, achterstand()));
            if (ingediend && klaar == nu.size()) {
                break;
            }
        }
        indieners.awaitTermination(1, TimeUnit.MINUTES);
        List<StatusVolger.Klaar> gedaan = ids.stream().map(volger::klaar).filter(Objects::nonNull).toList();
        Instant laatste = gedaan.stream().map(StatusVolger.Klaar::toegepast).max(Comparator.naturalOrder())
                .orElse(Instant.now());
        double seconden = Duration.between(startMoment, laatste).toNanos() / 1e9;
        Double leegNa = wachtTotLeeg(start, monsters, laatste);
        Map<String, Double> cpu = processen.cpu().sinds(cpuStart);
        long afgewezen = gedaan.stream().filter(k -> k.status().equals("AFGEWEZEN")).count();
        return new Uitkomst(product, gemeente, modus, aantal, ids.size(), fouten.get(), Map.copyOf(foutsoorten),
                gedaan.size(), afgewezen,
                (intakeKlaar.get() - start) / 1e9, seconden, gedaan.size() / seconden, leegNa, cpu, monsters);
    }

    /** Seconds after the last registration until the outbox and every queue are empty; null if not within patience. */
    private Double wachtTotLeeg(long start, List<Monster> monsters, Instant laatste) throws InterruptedException {
        long deadline = System.nanoTime() + LEEG_GEDULD.toNanos();
        while (System.nanoTime() < deadline) {
            long berichten = achterstand();
            Instant nu = Instant.now();
            long geaccepteerd = monsters.isEmpty() ? 0 : monsters.get(monsters.size() - 1).geaccepteerd();
            monsters.add(new Monster(seconden(start), geaccepteerd, 0, berichten));
            if (berichten == 0) {
                return Math.max(0, Duration.between(laatste, nu).toMillis() / 1000.0);
            }
            TimeUnit.MILLISECONDS.sleep(MONSTER.toMillis());
        }
        return null;
    }

    private long achterstand() {
        try {
            return Prometheus.achterstand(api.metingen());
        } catch (Exception e) {
            return -1;
        }
    }

    private static double seconden(long start) {
        return Math.round((System.nanoTime() - start) / 1e6) / 1000.0;
    }
}

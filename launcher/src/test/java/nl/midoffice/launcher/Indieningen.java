package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Many aanvragen submitted at once, as many citizens would: each has its own Idempotency-Key, so submitting
 * one again (after a failed POST) can never make a second aanvraag. Remembers which POSTs were answered 202
 * and which were not (refused connections, 503s), and waits for statuses. With several mid-office instances the
 * POSTs take turns over them, as a load balancer would send them.
 */
final class Indieningen {

    private final List<MidofficeApi> apis;
    private final AtomicInteger beurt = new AtomicInteger();
    private final List<String> sleutels;
    /** Idempotency-Key → aanvraag id, for every POST answered 202. */
    private final Map<String, String> geaccepteerd = new ConcurrentHashMap<>();
    /** Idempotency-Key → why its last POST got no 202. */
    private final Map<String, String> mislukt = new ConcurrentHashMap<>();
    private final AtomicInteger aantalGeaccepteerd = new AtomicInteger();

    Indieningen(MidofficeApi api, int aantal) {
        this(List.of(api), aantal);
    }

    Indieningen(List<MidofficeApi> apis, int aantal) {
        this.apis = new java.util.concurrent.CopyOnWriteArrayList<>(apis);
        this.sleutels = IntStream.range(0, aantal).mapToObj(i -> UUID.randomUUID().toString()).toList();
    }

    /** POSTs every aanvraag once on a few threads; after the n-th 202, calls {@code na202.accept(n)} on that thread. */
    void dienIn(int threads, IntConsumer na202) throws InterruptedException {
        dienIn(sleutels, threads, na202);
    }

    /** From now on no POST goes to this instance (it was killed): as a load balancer takes it out. */
    void zonder(MidofficeApi api) {
        apis.remove(api);
    }

    /** POSTs again, with the same keys, every aanvraag whose POST got no 202. */
    void dienMisluktenOpnieuwIn(int threads) throws InterruptedException {
        dienIn(List.copyOf(mislukt.keySet()), threads, n -> {
        });
    }

    private void dienIn(List<String> welke, int threads, IntConsumer na202) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> taken = new ArrayList<>();
            for (String sleutel : welke) {
                taken.add(pool.submit(() -> {
                    dienIn(sleutel, na202);
                    return null;
                }));
            }
            for (Future<?> taak : taken) {
                taak.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void dienIn(String sleutel, IntConsumer na202) throws InterruptedException {
        try {
            List<MidofficeApi> nu = List.copyOf(apis);
            var antwoord = nu.get(Math.floorMod(beurt.getAndIncrement(), nu.size())).dienIn(sleutel);
            if (antwoord.geaccepteerd()) {
                geaccepteerd.put(sleutel, antwoord.id());
                mislukt.remove(sleutel);
                na202.accept(aantalGeaccepteerd.incrementAndGet());
            } else {
                mislukt.put(sleutel, "HTTP " + antwoord.status());
            }
        } catch (IOException e) {
            mislukt.put(sleutel, e.getClass().getSimpleName());
        }
    }

    /** The ids of every aanvraag answered 202. */
    Set<String> ids() {
        return Set.copyOf(geaccepteerd.values());
    }

    int aantalGeaccepteerd() {
        return geaccepteerd.size();
    }

    /** Why POSTs failed, by reason, such as {"ConnectException": 340}. */
    Map<String, Long> mislukt() {
        return mislukt.values().stream().collect(java.util.stream.Collectors.groupingBy(r -> r,
                java.util.stream.Collectors.counting()));
    }

    /**
     * Waits until every aanvraag reads {@code doel}; fails at once when one reads a status outside
     * {@code onderweg} (statuses only move forward, so an aanvraag that reached the goal is not asked again).
     */
    static void wachtOpStatus(MidofficeApi api, Collection<String> ids, String doel, Set<String> onderweg,
            Duration max) {
        Set<String> open = ConcurrentHashMap.newKeySet();
        open.addAll(ids);
        await().atMost(max).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<String, Long> anders = new java.util.TreeMap<>();
            for (String id : List.copyOf(open)) {
                String status = api.status(id);
                if (status.equals(doel)) {
                    open.remove(id);
                } else if (onderweg.contains(status)) {
                    anders.merge(status, 1L, Long::sum);
                } else {
                    // not an AssertionError: Awaitility must not wait on, this can only get worse
                    throw new IllegalStateException("aanvraag " + id + " reads " + status + " while waiting for " + doel);
                }
            }
            assertThat(open).as("aanvragen not yet %s (%s)", doel, anders).isEmpty();
        });
    }
}

package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Route 3 on the real stack (issue 5): while 300 meldingen flow into Bergdal, zaakregistratie is switched
 * LEGACY → SHADOW → NEW → LEGACY … over and over. Every aanvraag must be registered exactly once in the system its
 * mode selected when it was routed (and, if that was SHADOW, once in the zaken system as the shadow), never in
 * the other one; Lindeveen, submitting at the same time, never leaves the legacy suite.
 */
@ExtendWith(StackExtension.class)
@Order(5)
class StranglerIT {

    private static final int AANTAL = 300;
    private static final String[] MODI = {"SHADOW", "NEW", "LEGACY"};

    @AfterEach
    void bergdalTerugOpRouteEen(TestStack stack) throws Exception {
        stack.api().wissel("9002", "zaakregistratie", "LEGACY");
    }

    @Test
    void switchingZaakregistratieBackAndForthWhileAanvragenFlowLosesAndDuplicatesNothing(TestStack stack)
            throws Exception {
        MidofficeApi api = stack.api();
        Simulator legacy = stack.simulator();
        Simulator zaken = new Simulator("http://localhost:" + stack.config().zakenPort());
        String melding = """
                {"categorie":"afval","omschrijving":"Vuilniszakken naast de container","locatie":{"postcode":"9002CD","huisnummer":5}}""";

        var bergdal = new ConcurrentLinkedQueue<String>();
        var lindeveen = new ConcurrentLinkedQueue<String>();
        AtomicBoolean klaar = new AtomicBoolean();
        AtomicInteger wissels = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            Future<?> wisselaar = pool.submit(() -> {
                int i = 0;
                while (!klaar.get()) {
                    api.wissel("9002", "zaakregistratie", MODI[i++ % MODI.length]);
                    wissels.incrementAndGet();
                    Thread.sleep(150);
                }
                return null;
            });
            List<Future<?>> indieners = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int draad = t;
                indieners.add(pool.submit(() -> {
                    for (int n = draad; n < AANTAL; n += 4) {
                        bergdal.add(api.dienIn("melding-openbare-ruimte", "9002", melding));
                        if (n % 20 == 0) {
                            lindeveen.add(api.dienIn("melding-openbare-ruimte", "9001", melding));
                        }
                        Thread.sleep(40); // citizens arrive over ~3 s, not all at once
                    }
                    return null;
                }));
            }
            for (Future<?> indiener : indieners) {
                indiener.get();
            }
            assertThat(bergdal).hasSize(AANTAL);

            // the switches go on while the aanvragen are routed and registered, until every one is registered
            List<String> alle = new ArrayList<>(bergdal);
            alle.addAll(lindeveen);
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                List<String> open = new ArrayList<>();
                for (String id : alle) {
                    String status = api.status(id);
                    if (!status.equals("GEREGISTREERD")) {
                        open.add(id + "=" + status);
                    }
                }
                assertThat(open).as("aanvragen not yet registered").isEmpty();
            });
            klaar.set(true);
            wisselaar.get();
        } finally {
            klaar.set(true);
            pool.shutdownNow();
        }
        assertThat(wissels.get()).as("switches during the run").isGreaterThanOrEqualTo(20);

        Map<String, Long> inLegacy = legacy.zakenPerAanvraag();
        Map<String, Long> inZaken = zaken.zakenPerAanvraag();
        int[] perModus = new int[3];
        for (String id : bergdal) {
            var routering = api.routeringen(id).stream().filter(r -> r.capability().equalsIgnoreCase("zaakregistratie"))
                    .findFirst().orElseThrow();
            long legacyZaken = inLegacy.getOrDefault(id, 0L);
            long nieuweZaken = inZaken.getOrDefault(id, 0L);
            switch (routering.modus()) {
                case "LEGACY" -> {
                    perModus[0]++;
                    assertThat(legacyZaken).as("LEGACY-routed %s in the legacy suite", id).isEqualTo(1);
                    assertThat(nieuweZaken).as("LEGACY-routed %s in the zaken system", id).isZero();
                }
                case "SHADOW" -> {
                    perModus[1]++;
                    assertThat(legacyZaken).as("SHADOW-routed %s in the legacy suite", id).isEqualTo(1);
                    assertThat(nieuweZaken).as("SHADOW-routed %s in the zaken system (shadow)", id).isEqualTo(1);
                }
                case "NEW" -> {
                    perModus[2]++;
                    assertThat(legacyZaken).as("NEW-routed %s in the legacy suite", id).isZero();
                    assertThat(nieuweZaken).as("NEW-routed %s in the zaken system", id).isEqualTo(1);
                }
                default -> throw new AssertionError("unknown mode " + routering.modus());
            }
        }
        assertThat(perModus).as("aanvragen routed in each mode (LEGACY, SHADOW, NEW)").doesNotContain(0);
        for (String id : lindeveen) {
            assertThat(inLegacy.getOrDefault(id, 0L)).as("Lindeveen %s in the legacy suite", id).isEqualTo(1);
            assertThat(inZaken.getOrDefault(id, 0L)).as("Lindeveen %s in the zaken system", id).isZero();
        }
        System.out.printf("StranglerIT: %d switches; Bergdal routed LEGACY %d, SHADOW %d, NEW %d; Lindeveen %d%n",
                wissels.get(), perModus[0], perModus[1], perModus[2], lindeveen.size());
    }
}

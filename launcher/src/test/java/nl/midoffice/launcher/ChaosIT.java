package nl.midoffice.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10, the chaos run: {@code chaos.aantal} aanvragen (default 1,000), all three products in both
 * municipalities (Lindeveen on route 1, Bergdal in mixed modes), submitted at a steady pace through an outage of the
 * legacy suite ({@code chaos.storing}, default 30 s), two SIGKILLs of the mid-office and one of the standalone broker.
 * Each accepted aanvraag must be registered exactly once at the system its routing names; the report goes to
 * {@code target/chaos-report.md}. A POST that gets no 202 is sent again after a second with the same
 * Idempotency-Key, as a front office would. On embedded infrastructure there is no broker to kill: skipped, saying so.
 */
@ExtendWith(StackExtension.class)
@Order(8)
class ChaosIT {

    private static final int AANTAL = Integer.getInteger("chaos.aantal", 1000);
    private static final Duration STORING = Duration.parse(System.getProperty("chaos.storing", "PT30S"));
    /** Submitting lasts the outage and half a minute more, so every fault falls while aanvragen flow. */
    private static final Duration INDIENEN = Duration.ofSeconds(Math.max(60, STORING.toSeconds() + 30));
    private static final Map<String, String> BERGDAL = Map.of("persoonsgegevens", "NEW", "zaakregistratie", "SHADOW",
            "vergunningen", "NEW");
    private static final Set<String> ONDERWEG = Set.of("ONTVANGEN", "VERTRAAGD");

    private final ChaosRapport rapport = new ChaosRapport();
    private final Map<String, ChaosAanvragen.Aanvraag> geaccepteerd = new ConcurrentHashMap<>();
    private final AtomicInteger herhaaldePosts = new AtomicInteger();
    private final List<String> opgegeven = new ArrayList<>();

    @AfterEach
    void bergdalTerugOpRouteEen(TestStack stack) throws Exception {
        stack.simulator().gedrag("NORMAAL");
        for (String capability : BERGDAL.keySet()) {
            stack.api().wissel("9002", capability, "LEGACY");
        }
    }

    @Test
    void everyAcceptedAanvraagIsRegisteredExactlyOnceWhereItWasRoutedThroughOutagesAndKills(TestStack stack)
            throws Exception {
        String overgeslagen = "ChaosIT kills the broker, so it needs one that runs as a "
                + "process of its own; this run uses " + stack.infrastructuur().beschrijving()
                + ". Run it on standalone infrastructure: -Dstack.infra=standalone (README, 'The chaos run')";
        if (!stack.infrastructuur().eigenBroker()) {
            System.out.println("[ChaosIT] SKIPPED: " + overgeslagen);
        }
        assumeTrue(stack.infrastructuur().eigenBroker(), overgeslagen);
        MidofficeApi api = stack.api();
        rapport.begin();
        BERGDAL.forEach((capability, modus) -> wissel(api, capability, modus));
        int logStart = stack.logboek().positie();
        rapport.gebeurtenis("Bergdal " + BERGDAL + ", Lindeveen all LEGACY; submitting " + AANTAL + " over "
                + INDIENEN.toSeconds() + " s");

        CountDownLatch klaar = new CountDownLatch(AANTAL);
        ScheduledExecutorService indieners = Executors.newScheduledThreadPool(8);
        // one thread for the kills, in order (a restart takes a while); another keeps the outage to its length
        ScheduledExecutorService chaos = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService klok = Executors.newSingleThreadScheduledExecutor();
        List<Future<?>> storingen = new ArrayList<>();
        try {
            long tussenNanos = INDIENEN.toNanos() / AANTAL;
            for (int n = 0; n < AANTAL; n++) {
                var aanvraag = ChaosAanvragen.maak(n);
                indieners.schedule(() -> dienIn(api, aanvraag, indieners, klaar), n * tussenNanos, TimeUnit.NANOSECONDS);
            }
            storingen.add(klok.schedule(() -> storing(stack, "STORING", "legacy suite down (STORING) for "
                    + STORING.toSeconds() + " s"), 5, TimeUnit.SECONDS));
            storingen.add(chaos.schedule(() -> killMidoffice(stack, 1), op(0.2), TimeUnit.MILLISECONDS));
            storingen.add(chaos.schedule(() -> killBroker(stack), op(0.45), TimeUnit.MILLISECONDS));
            storingen.add(chaos.schedule(() -> killMidoffice(stack, 2), op(0.7), TimeUnit.MILLISECONDS));
            storingen.add(klok.schedule(() -> storing(stack, "NORMAAL", "legacy suite back (NORMAAL)"),
                    5000 + STORING.toMillis(), TimeUnit.MILLISECONDS));
            assertThat(klaar.await(INDIENEN.toMinutes() + 20, TimeUnit.MINUTES)).as("every POST answered").isTrue();
            rapport.gebeurtenis(geaccepteerd.size() + " accepted; POSTs sent again after no answer: "
                    + herhaaldePosts.get());
            for (Future<?> storing : storingen) {
                storing.get();
            }
        } finally {
            indieners.shutdownNow();
            chaos.shutdownNow();
            klok.shutdownNow();
        }
        assertThat(opgegeven).as("aanvragen that never got a 202").isEmpty();
        assertThat(geaccepteerd).hasSize(AANTAL);

        ChaosControle.wachtTotVerwerkt(api, geaccepteerd, ONDERWEG, Duration.ofMinutes(20));
        rapport.gebeurtenis("all " + AANTAL + " past ONTVANGEN/VERTRAAGD");
        var controle = ChaosControle.tel(stack, geaccepteerd);
        rapport.gebeurtenis("registrations counted at the legacy suite, zaken and vergunningen");

        rapport.uitkomst("accepted (202)", geaccepteerd.size());
        controle.perSoort().forEach(rapport::uitkomst);
        rapport.uitkomst("lost (not registered where routed)", controle.verloren().size());
        rapport.uitkomst("duplicates (registered more than once)", controle.dubbel().size());
        rapport.uitkomst("POSTs sent again (no answer while the mid-office was down)", herhaaldePosts.get());
        rapport.uitkomst("failed deliveries (Camel retries, from the log)",
                stack.logboek().aantalSinds(logStart, "Failed delivery for"));
        rapport.uitkomst("repeats the back offices answered without registering", controle.herhalingen());
        rapport.uitkomst("dead letters", api.deadLetters().size());
        rapport.uitkomst("resends by the resend job (Herstel)", stack.logboek().aantalSinds(logStart,
                TestStack.HERZONDEN));
        rapport.uitkomst("JMS connections restored after the broker kill",
                stack.logboek().aantalSinds(logStart, "JMS connection restored"));
        Map<String, Object> instellingen = new LinkedHashMap<>();
        instellingen.put("aanvragen (chaos.aantal)", AANTAL);
        instellingen.put("outage of the legacy suite (chaos.storing)", STORING);
        instellingen.put("submitting", INDIENEN.toSeconds() + " s, 8 threads");
        instellingen.put("infrastructure", stack.infrastructuur().beschrijving());
        instellingen.put("broker overrides", TestStack.BROKER);
        instellingen.put("mid-office overrides (stack.midoffice-args)", System.getProperty("stack.midoffice-args", "-"));
        rapport.schrijf("Chaos run: " + AANTAL + " aanvragen", instellingen);

        assertThat(controle.verloren()).as("accepted but not registered where routed").isEmpty();
        assertThat(controle.dubbel()).as("registered more than once").isEmpty();
        assertThat(api.deadLetters()).as("dead letters").isEmpty();
        assertThat(stack.logboek().aantalSinds(logStart, TestStack.HERZONDEN)).as("resends").isZero();
    }

    private void dienIn(MidofficeApi api, ChaosAanvragen.Aanvraag aanvraag, ScheduledExecutorService indieners,
            CountDownLatch klaar) {
        String sleutel = "chaos-" + aanvraag.n();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        Runnable poging = new Runnable() {
            @Override
            public void run() {
                try {
                    var antwoord = api.dienInAls(sleutel, aanvraag.bsn(), aanvraag.body());
                    if (antwoord.geaccepteerd()) {
                        geaccepteerd.put(antwoord.id(), aanvraag);
                        klaar.countDown();
                        return;
                    }
                    if (antwoord.status() / 100 == 4) {
                        throw new AssertionError(aanvraag + " refused: " + antwoord.body());
                    }
                } catch (java.io.IOException e) {
                    // the mid-office is down: a front office tries again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (AssertionError e) {
                    synchronized (opgegeven) {
                        opgegeven.add(e.getMessage());
                    }
                    klaar.countDown();
                    return;
                }
                if (System.nanoTime() > deadline) {
                    synchronized (opgegeven) {
                        opgegeven.add(aanvraag + ": no 202 within 10 minutes");
                    }
                    klaar.countDown();
                    return;
                }
                herhaaldePosts.incrementAndGet();
                indieners.schedule(this, 1, TimeUnit.SECONDS);
            }
        };
        poging.run();
    }

    private static long op(double deel) {
        return (long) (INDIENEN.toMillis() * deel);
    }

    private void storing(TestStack stack, String modus, String wat) {
        try {
            stack.simulator().gedrag(modus);
            rapport.gebeurtenis(wat);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void killMidoffice(TestStack stack, int keer) {
        try {
            stack.killMidoffice();
            rapport.gebeurtenis("SIGKILL of the mid-office (" + keer + ")");
            long ms = stack.startMidoffice();
            rapport.gebeurtenis("mid-office ready again, " + ms + " ms after its restart");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void killBroker(TestStack stack) {
        try {
            stack.infrastructuur().killBroker();
            rapport.gebeurtenis("SIGKILL of the broker");
            await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
            long ms = stack.infrastructuur().startBroker();
            rapport.gebeurtenis("broker accepting clients again, " + ms + " ms after its start");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void wissel(MidofficeApi api, String capability, String modus) {
        try {
            api.wissel("9002", capability, modus);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

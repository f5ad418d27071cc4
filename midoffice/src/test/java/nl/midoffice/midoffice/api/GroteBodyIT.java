package nl.midoffice.midoffice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import nl.midoffice.hostile.Antwoord;
import nl.midoffice.hostile.RuweHttp;
import nl.midoffice.hostile.Verzoek;

/**
 * Issue 13's attack, twice: one unauthenticated POST with a chunked body of hundreds of MB. It once read the whole
 * body into memory, ran the mid-office out of heap and killed Tomcat's poller. Now every endpoint that takes a body
 * answers 413 having let in no more than its limit and what Tomcat swallows before closing the connection, and the
 * mid-office goes on serving. The app runs with the default test heap: had it read these bodies, it would show.
 */
class GroteBodyIT extends MetCallbacksIT {

    static final long AANVAL = 256L * 1024 * 1024;
    /** The limit (64 KiB), Tomcat's swallow (2 MiB) and the sockets' buffers: far below the attack. */
    static final long HOOGSTENS_BINNEN = 16L * 1024 * 1024;

    @Test
    void aChunkedBodyOfHundredsOfMegabytesIsRefusedAtOnceAndTheMidofficeKeepsServing() throws Exception {
        List<Verzoek> doelen = List.of(
                Verzoek.van("POST", "/api/v1/callbacks/zaken").header("Content-Type", "application/json"),
                Verzoek.van("POST", "/api/v1/callbacks/vergunningen?aanvraag=" + UUID.randomUUID())
                        .header("Content-Type", "application/json"),
                Verzoek.van("POST", "/api/v1/aanvragen").header("Content-Type", "application/json"),
                Verzoek.van("PUT", "/api/v1/beheer/gemeenten/9002/capabilities/zaakregistratie")
                        .header("Content-Type", "application/json"),
                Verzoek.van("POST", "/beheer/inloggen").header("Content-Type", "application/x-www-form-urlencoded"));
        for (Verzoek doel : doelen) {
            for (int keer = 1; keer <= 2; keer++) {
                Antwoord antwoord = RuweHttp.stroom(port, doel, AANVAL, Duration.ofSeconds(30));

                assertThat(antwoord.status()).as("%s, attempt %d: %s", doel, keer, antwoord.kort()).isEqualTo(413);
                assertThat(antwoord.isProblemJson()).as(antwoord.kort()).isTrue();
                assertThat(antwoord.verstuurd()).as("bytes %s let in", doel).isLessThan(HOOGSTENS_BINNEN);
                System.out.printf("[GroteBodyIT] %s, attempt %d: 413 after %d ms, %d KiB let in%n", doel, keer,
                        antwoord.duurMs(), antwoord.verstuurd() / 1024);
            }
        }
        registreertEenGewoneMelding();
    }

    /**
     * The attack repeated without pause, two at a time against both callbacks, while a citizen submits a melding:
     * each attempt is refused like the first, and the melding is accepted and registered meanwhile.
     */
    @Test
    void whileTheAttackIsRepeatedTheMidofficeKeepsServing() throws Exception {
        List<Verzoek> doelen = List.of(
                Verzoek.van("POST", "/api/v1/callbacks/zaken").header("Content-Type", "application/json"),
                Verzoek.van("POST", "/api/v1/callbacks/vergunningen?aanvraag=" + UUID.randomUUID())
                        .header("Content-Type", "application/json"));
        AtomicBoolean stop = new AtomicBoolean();
        List<Antwoord> antwoorden = new CopyOnWriteArrayList<>();
        ExecutorService aanvallers = Executors.newFixedThreadPool(doelen.size());
        List<Future<?>> aanvallen = new ArrayList<>();
        for (Verzoek doel : doelen) {
            aanvallen.add(aanvallers.submit(() -> {
                // bounded, so that a fast refusal does not turn the test into a load run of the machine
                for (int keer = 0; keer < 50 && !stop.get(); keer++) {
                    antwoorden.add(RuweHttp.stroom(port, doel, AANVAL, Duration.ofSeconds(30)));
                }
                return null;
            }));
        }
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> antwoorden.size() >= doelen.size());
            registreertEenGewoneMelding();
        } finally {
            stop.set(true);
            aanvallers.shutdown();
        }
        for (Future<?> aanval : aanvallen) {
            aanval.get(60, TimeUnit.SECONDS);
        }

        assertThat(antwoorden).allSatisfy(antwoord -> {
            assertThat(antwoord.status()).as(antwoord.kort()).isEqualTo(413);
            assertThat(antwoord.isProblemJson()).as(antwoord.kort()).isTrue();
            assertThat(antwoord.verstuurd()).isLessThan(HOOGSTENS_BINNEN);
        });
        System.out.printf("[GroteBodyIT] %d attacks while a melding registered: all 413, slowest %d ms, at most %d KiB"
                + " let in%n", antwoorden.size(), antwoorden.stream().mapToLong(Antwoord::duurMs).max().orElse(0),
                antwoorden.stream().mapToLong(Antwoord::verstuurd).max().orElse(0) / 1024);
    }
}

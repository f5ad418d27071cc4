package nl.midoffice.midoffice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

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
}

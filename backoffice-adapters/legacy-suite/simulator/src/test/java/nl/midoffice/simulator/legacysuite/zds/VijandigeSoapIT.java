package nl.midoffice.simulator.legacysuite.zds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.midoffice.hostile.Antwoord;
import nl.midoffice.hostile.Corpus;
import nl.midoffice.hostile.RuweHttp;
import nl.midoffice.hostile.Verzoek;
import nl.midoffice.simulator.legacysuite.Berichten;

/**
 * The hostile-input suite of the legacy suite's SOAP endpoints (issue 13), on a real Tomcat. Each request is refused
 * in time: with a 4xx where HTTP refuses it (size, method, content type, path), or with a SOAP fault whose
 * {@code faultcode} is {@code soap:Client}, which SOAP 1.1 sends with HTTP 500 (WS-I BP R1126) and which is its 4xx;
 * never a {@code soap:Server} fault. A chunked body of hundreds of MB gets 413 having let in little. Afterwards no
 * zaak and no person lookup is recorded, and a normal creeerZaak is confirmed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VijandigeSoapIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    private final Corpus corpus = new Corpus("legacy-suite SOAP");
    private Antwoord zakenVoor;
    private Antwoord bevragingenVoor;

    @BeforeAll
    void geteld() throws IOException {
        zakenVoor = RuweHttp.stuur(port, Verzoek.van("GET", "/simulator/ontvangen"), TIMEOUT);
        bevragingenVoor = RuweHttp.stuur(port, Verzoek.van("GET", "/simulator/bevragingen"), TIMEOUT);
        int dichtePoort;
        try (ServerSocket vrij = new ServerSocket(0)) {
            dichtePoort = vrij.getLocalPort();
        }
        corpus.voeg(SoapCorpus.voor(dichtePoort, corpus.random()));
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyHostileSoapRequestIsRefusedInTime() {
        assertThat(corpus.grootte()).isGreaterThanOrEqualTo(250);
        return corpus.testen(port, TIMEOUT, VijandigeSoapIT::weigert);
    }

    /** A 4xx, or SOAP 1.1's way of saying it: HTTP 500 with a Client fault. */
    static void weigert(Verzoek verzoek, Antwoord antwoord) {
        if (antwoord.status() == 500) {
            assertThat(antwoord.body()).as("%s -> %s", verzoek, antwoord.kort())
                    .contains("<faultcode>soap:Client</faultcode>");
        } else {
            Corpus.weigert(verzoek, antwoord);
        }
    }

    @Test
    @Order(2)
    void aChunkedBodyOfHundredsOfMegabytesIsRefusedAtOnce() throws IOException {
        for (String pad : new String[] {SoapCorpus.ONTVANG, SoapCorpus.VRAAG, SoapCorpus.VRIJ}) {
            for (int keer = 1; keer <= 2; keer++) {
                Antwoord antwoord = RuweHttp.stroom(port, Verzoek.van("POST", pad)
                        .header("Content-Type", "text/xml; charset=UTF-8"), 256L * 1024 * 1024, Duration.ofSeconds(30));

                assertThat(antwoord.status()).as("%s: %s", pad, antwoord.kort()).isEqualTo(413);
                assertThat(antwoord.isProblemJson()).isTrue();
                assertThat(antwoord.verstuurd()).as("bytes %s let in", pad).isLessThan(16L * 1024 * 1024);
                System.out.printf("[VijandigeSoapIT] %s, attempt %d: 413 after %d ms, %d KiB let in%n", pad, keer,
                        antwoord.duurMs(), antwoord.verstuurd() / 1024);
            }
        }
    }

    @Test
    @Order(3)
    void afterwardsNothingIsRecordedAndANormalCreeerZaakIsConfirmed() throws IOException {
        System.out.println("[VijandigeSoapIT] " + corpus.samenvatting());
        assertThat(RuweHttp.stuur(port, Verzoek.van("GET", "/simulator/ontvangen"), TIMEOUT).body())
                .isEqualTo(zakenVoor.body());
        assertThat(RuweHttp.stuur(port, Verzoek.van("GET", "/simulator/bevragingen"), TIMEOUT).body())
                .isEqualTo(bevragingenVoor.body());

        Antwoord bevestigd = RuweHttp.stuur(port, SoapCorpus.geldig().get(0), TIMEOUT);
        assertThat(bevestigd.status()).as(bevestigd.kort()).isEqualTo(200);
        assertThat(bevestigd.body()).contains("Bv03");
        assertThat(RuweHttp.stuur(port, Verzoek.van("GET", "/simulator/ontvangen"), TIMEOUT).body())
                .contains(Berichten.VOORBEELD_ID);
    }
}

package nl.midoffice.simulator.support.limiet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import nl.midoffice.hostile.Antwoord;
import nl.midoffice.hostile.RuweHttp;
import nl.midoffice.hostile.Verzoek;
import nl.midoffice.simulator.support.gedrag.StoringAntwoord;

/** On a real Tomcat, the control API of a simulator: a body over the limit is refused before it is read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "simulator.gedrag.paden=/proto/*", "server.tomcat.max-http-form-post-size=16KB"})
class BodyLimietTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    private Verzoek gedrag(String body) {
        return Verzoek.van("PUT", "/simulator/gedrag").body("application/json", body);
    }

    @Test
    void aChunkedFloodGetsA413HavingLetInLittle() throws IOException {
        Antwoord antwoord = RuweHttp.stroom(port, gedrag(""), 128L * 1024 * 1024, TIMEOUT);

        assertThat(antwoord.status()).isEqualTo(413);
        assertThat(antwoord.isProblemJson()).isTrue();
        assertThat(antwoord.body()).contains("16 KiB");
        assertThat(antwoord.verstuurd()).isLessThan(16L * 1024 * 1024);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedAndAShortBodyAsIncomplete() throws IOException {
        String groot = "{\"modus\":\"NORMAAL\",\"x\":\"" + "x".repeat(20_000) + "\"}";

        assertThat(RuweHttp.stuur(port, gedrag(groot), TIMEOUT).status()).isEqualTo(413);
        assertThat(RuweHttp.stuur(port, gedrag("{\"modus\":\"STORING\"}").vorm(Verzoek.Vorm.AFGEKAPT), TIMEOUT)
                .status()).isEqualTo(400);
    }

    @Test
    void aBodyWithinTheLimitWorksDeclaredOrChunked() throws IOException {
        assertThat(RuweHttp.stuur(port, gedrag("{\"modus\":\"NORMAAL\"}"), TIMEOUT).status()).isEqualTo(200);
        Antwoord chunked = RuweHttp.stuur(port, gedrag("{\"modus\":\"TRAAG\",\"vertragingMs\":5}")
                .vorm(Verzoek.Vorm.CHUNKED), TIMEOUT);
        assertThat(chunked.status()).as(chunked.kort()).isEqualTo(200);
        assertThat(chunked.body()).contains("TRAAG");
        RuweHttp.stuur(port, gedrag("{\"modus\":\"NORMAAL\"}"), TIMEOUT);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Simulator {

        @Bean
        StoringAntwoord storingAntwoord() {
            return new StoringAntwoord() {
                @Override
                public void storing(HttpServletRequest request, HttpServletResponse response) {
                    response.setStatus(503);
                }

                @Override
                public void fout(HttpServletRequest request, HttpServletResponse response) {
                    response.setStatus(500);
                }
            };
        }
    }
}

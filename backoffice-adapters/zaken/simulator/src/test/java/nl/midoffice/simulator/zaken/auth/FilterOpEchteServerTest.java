package nl.midoffice.simulator.zaken.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The filters' answers on a real server, where they run before Spring binds the request to the thread
 * (MockMvc hides that): without a token a 401 problem, not a 500.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FilterOpEchteServerTest {

    @LocalServerPort
    int port;

    @Test
    void withoutATokenTheApiAnswers401AsAProblem() throws Exception {
        var antwoord = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/zaken/api/v1/zaken")).header("Accept-Crs", "EPSG:4326").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(antwoord.statusCode()).isEqualTo(401);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(antwoord.body()).contains("http://localhost:" + port);
    }
}

package nl.midoffice.midoffice.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import nl.midoffice.midoffice.MidofficeIT;
import nl.midoffice.midoffice.Tokens;

/** A scraper's bearer token opens the metrics and nothing else; the administrator's Basic still opens them. */
@TestPropertySource(properties = "midoffice.metrieken.token=" + MetriekenIT.TOKEN)
class MetriekenIT extends MidofficeIT {

    static final String TOKEN = "test-scrape-token-0123456789abcdef";
    private static final String BEHEERDER = "Basic " + Base64.getEncoder().encodeToString("beheerder:demo".getBytes());

    @Test
    void theScrapeTokenOpensTheMetrics() throws Exception {
        var metrics = send(HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Authorization", "Bearer " + TOKEN));

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("midoffice_outbox_messages");
    }

    @Test
    void theAdministratorStillOpensTheMetrics() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Authorization", BEHEERDER))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongTokenOrNoneIsRefusedAsAProblem() throws Exception {
        var fout = send(HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Authorization", "Bearer " + TOKEN + "x"));
        assertThat(fout.statusCode()).isEqualTo(401);
        assertThat(fout.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/prometheus"))).statusCode()).isEqualTo(401);
    }

    @Test
    void theScrapeTokenOpensNothingElse() throws Exception {
        String bearer = "Bearer " + TOKEN;
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/beheer/gemeenten")).header("Authorization", bearer))
                .statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/aanvragen")).header("Authorization", bearer))
                .statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/aanvragen")).header("Authorization",
                "Bearer " + Tokens.portaal("999993653"))).statusCode()).isEqualTo(200);
    }
}

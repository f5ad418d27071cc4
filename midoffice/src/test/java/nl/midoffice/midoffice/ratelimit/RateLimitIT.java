package nl.midoffice.midoffice.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.midoffice.contracts.Bsn;
import nl.midoffice.midoffice.MidofficeIT;
import nl.midoffice.midoffice.Tokens;

/**
 * The limits per citizen over real HTTP, with the tests' own front office {@value MidofficeIT#LIMIET_CLIENT}
 * (3 submissions and 2 streams per citizen a minute): 429 problem+json with Retry-After, nothing stored, other
 * citizens and other clients untouched.
 */
class RateLimitIT extends MidofficeIT {

    private static final String MELDING = """
            {"product":"melding-openbare-ruimte","gemeente":"9001","aanvrager":{"bsn":"%s"},
             "gegevens":{"categorie":"afval","omschrijving":"Zakken naast de container",
                         "locatie":{"postcode":"1234AB","huisnummer":3}}}""";
    /** Test BSNs (11-proef) that no other test uses. */
    private static final List<String> BSNS = IntStream.range(999_970_000, 999_980_000).mapToObj(String::valueOf)
            .filter(Bsn::isGeldig).limit(4).toList();

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenWhoSubmitsTooOftenGets429WithRetryAfterAndNothingIsStored() throws Exception {
        String bsn = BSNS.get(0);
        for (int i = 0; i < 3; i++) {
            assertThat(dienIn(bsn, LIMIET_CLIENT, LIMIET_SECRET).statusCode()).isEqualTo(202);
        }

        var teVeel = dienIn(bsn, LIMIET_CLIENT, LIMIET_SECRET);

        assertThat(teVeel.statusCode()).isEqualTo(429);
        assertThat(teVeel.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Long.parseLong(teVeel.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(teVeel.body()).contains("\"status\":429").doesNotContain(bsn);
        assertThat(jdbc.sql("select count(*) from aanvraag where aanvrager_bsn = :bsn").param("bsn", bsn)
                .query(Long.class).single()).isEqualTo(3);

        assertThat(dienIn(BSNS.get(1), LIMIET_CLIENT, LIMIET_SECRET).statusCode()).as("another citizen").isEqualTo(202);
        assertThat(dienIn(bsn, "frontoffice-portal", Tokens.DEMO_SECRET).statusCode()).as("another client")
                .isEqualTo(202);
    }

    @Test
    void aCitizenWhoOpensTooManyLiveStreamsGets429() throws Exception {
        List<HttpResponse<InputStream>> open = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                open.add(stroom(BSNS.get(2)));
                assertThat(open.get(i).statusCode()).isEqualTo(200);
            }

            var teVeel = stroom(BSNS.get(2));
            open.add(teVeel);

            assertThat(teVeel.statusCode()).isEqualTo(429);
            assertThat(teVeel.headers().firstValue("Retry-After")).isPresent();
            var ander = stroom(BSNS.get(3));
            open.add(ander);
            assertThat(ander.statusCode()).as("another citizen").isEqualTo(200);
        } finally {
            for (var antwoord : open) {
                antwoord.body().close();
            }
        }
    }

    private HttpResponse<String> dienIn(String bsn, String client, String secret) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/aanvragen")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.token(client, secret, bsn, Instant.now()))
                .POST(HttpRequest.BodyPublishers.ofString(MELDING.formatted(bsn))));
    }

    private HttpResponse<InputStream> stroom(String bsn) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/aanvragen/gebeurtenissen"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + Tokens.token(LIMIET_CLIENT, LIMIET_SECRET, bsn, Instant.now()))
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }
}

package nl.midoffice.portal.midoffice;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

class MidofficeClientTest {

    private static final String SECRET = "demo-only-secret-change-me-0123456789abcdef";
    private static final Instant NU = Instant.parse("2026-11-28T10:00:00Z");
    private static final String BSN = "999993653";

    private MockRestServiceServer server;
    private MidofficeClient client;

    @BeforeEach
    void setUp() {
        MidofficeProperties properties = new MidofficeProperties(URI.create("http://midoffice.test"),
                "frontoffice-portal", SECRET, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(60));
        RestClient.Builder builder = RestClient.builder().baseUrl("http://midoffice.test");
        server = MockRestServiceServer.bindTo(builder).build();
        client = new MidofficeClient(builder.build(), new MidofficeTokens(properties, Clock.fixed(NU, ZoneOffset.UTC)));
    }

    private static NieuweAanvraag aanvraag() {
        return new NieuweAanvraag("melding-openbare-ruimte", "9001", new NieuweAanvraag.Aanvrager(BSN),
                Map.of("categorie", "afval"));
    }

    @Test
    void token_is_hs256_signed_with_the_secret_and_names_client_and_citizen() throws Exception {
        String[] authorization = new String[1];
        server.expect(requestTo("http://midoffice.test/api/v1/aanvragen"))
                .andExpect(method(HttpMethod.GET))
                .andExpect(request -> authorization[0] = request.getHeaders().getFirst("Authorization"))
                .andRespond(withSuccess("{\"aanvragen\":[]}", MediaType.APPLICATION_JSON));

        assertThat(client.aanvragenVan(BSN)).isEmpty();

        assertThat(authorization[0]).startsWith("Bearer ");
        SignedJWT jwt = SignedJWT.parse(authorization[0].substring("Bearer ".length()));
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("HS256");
        assertThat(jwt.verify(new MACVerifier(SECRET))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("frontoffice-portal");
        assertThat(claims.getStringClaim("client_id")).isEqualTo("frontoffice-portal");
        assertThat(claims.getStringClaim("bsn")).isEqualTo(BSN);
        assertThat(claims.getIssueTime()).isEqualTo(Date.from(NU));
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(NU.plusSeconds(60)));
    }

    @Test
    void submitting_sends_the_idempotency_key_and_returns_the_referentie() {
        UUID key = UUID.randomUUID();
        server.expect(requestTo("http://midoffice.test/api/v1/aanvragen"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(header("Idempotency-Key", key.toString()))
                .andRespond(withStatus(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"id\":\"a1\",\"referentie\":\"MO-2026-000001\",\"status\":\"ONTVANGEN\"}"));

        AanvraagOntvangen ontvangen = client.dienIn(aanvraag(), key);

        assertThat(ontvangen).isEqualTo(new AanvraagOntvangen("a1", "MO-2026-000001", "ONTVANGEN"));
        server.verify();
    }

    @Test
    void a_400_problem_is_read_with_its_invalid_params() {
        server.expect(requestTo("http://midoffice.test/api/v1/aanvragen"))
                .andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("""
                                {"type":"about:blank","title":"Ongeldige invoer","status":400,"detail":"1 fout",
                                 "invalidParams":[{"name":"gegevens.omschrijving","reason":"Te lang."}]}"""));

        assertThatThrownBy(() -> client.dienIn(aanvraag(), UUID.randomUUID()))
                .isInstanceOfSatisfying(OngeldigeAanvraagException.class, e -> assertThat(e.getProbleem().invalidParams())
                        .containsExactly(new Probleem.InvalidParam("gegevens.omschrijving", "Te lang.")));
    }

    @Test
    void a_404_means_not_found_for_this_citizen() {
        UUID id = UUID.randomUUID();
        server.expect(requestTo("http://midoffice.test/api/v1/aanvragen/" + id))
                .andRespond(withStatus(HttpStatus.NOT_FOUND));

        assertThatThrownBy(() -> client.aanvraag(BSN, id)).isInstanceOf(AanvraagNietGevondenException.class);
    }

    @Test
    void a_422_means_the_key_was_used_before_for_other_data() {
        server.expect(requestTo("http://midoffice.test/api/v1/aanvragen"))
                .andRespond(withStatus(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"title\":\"Deze Idempotency-Key is al gebruikt voor een andere aanvraag.\",\"status\":422}"));

        assertThatThrownBy(() -> client.dienIn(aanvraag(), UUID.randomUUID()))
                .isInstanceOf(IdempotencyKeyAlGebruiktException.class);
    }

    @Test
    void refused_tokens_server_errors_and_io_failures_all_mean_not_available() {
        server.expect(requestTo("http://midoffice.test/api/v1/aanvragen")).andRespond(withStatus(HttpStatus.UNAUTHORIZED));
        server.expect(requestTo("http://midoffice.test/api/v1/aanvragen")).andRespond(withStatus(HttpStatus.SERVICE_UNAVAILABLE));
        server.expect(requestTo("http://midoffice.test/api/v1/aanvragen")).andRespond(withException(new java.net.ConnectException("refused")));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.aanvragenVan(BSN))
                    .isInstanceOf(MidofficeNietBeschikbaarException.class)
                    .hasMessageNotContaining(BSN);
        }
        server.verify();
    }

    @Test
    void a_secret_too_short_for_hs256_stops_the_start() {
        assertThatThrownBy(() -> new MidofficeProperties(URI.create("http://x"), "c", "kort",
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }
}

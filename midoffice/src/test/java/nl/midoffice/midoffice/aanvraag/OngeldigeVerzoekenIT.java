package nl.midoffice.midoffice.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.midoffice.midoffice.MidofficeIT;
import nl.midoffice.midoffice.Tokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every malformed request gets a 4xx problem+json that names the problem, and nothing is stored. */
class OngeldigeVerzoekenIT extends MidofficeIT {

    private static final String BSN = "999993653";
    private static final String TOKEN = Tokens.portaal(BSN);
    private static final String GELDIG = """
            {"product":"melding-openbare-ruimte","gemeente":"9001","aanvrager":{"bsn":"999993653"},
             "gegevens":{"categorie":"afval","omschrijving":"Zakken naast de container",
                         "locatie":{"postcode":"1234AB","huisnummer":12}}}""";

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    record Verzoek(String body, String token, String contentType, String idempotencyKey) {
        static Verzoek body(String body) {
            return new Verzoek(body, TOKEN, "application/json", null);
        }

        static Verzoek vervang(String van, String naar) {
            return body(GELDIG.replace(van, naar));
        }

        Verzoek token(String nieuw) {
            return new Verzoek(body, nieuw, contentType, idempotencyKey);
        }
    }

    static Stream<Arguments> ongeldig() {
        String ander = "een-ander-geheim-van-minstens-32-tekens-lang!";
        return Stream.of(
                Arguments.of("syntax error", Verzoek.body("{\"product\":"), 400, null),
                Arguments.of("empty body", Verzoek.body(""), 400, null),
                Arguments.of("array", Verzoek.body("[]"), 400, "body"),
                Arguments.of("string", Verzoek.body("\"aanvraag\""), 400, "body"),
                Arguments.of("null", Verzoek.body("null"), 400, "body"),
                Arguments.of("no product", Verzoek.vervang("\"product\":\"melding-openbare-ruimte\",", ""), 400, "product"),
                Arguments.of("product a number", Verzoek.vervang("\"melding-openbare-ruimte\"", "7"), 400, "product"),
                Arguments.of("unknown product", Verzoek.vervang("melding-openbare-ruimte", "hondenbelasting"), 400, "product"),
                Arguments.of("no gemeente", Verzoek.vervang("\"gemeente\":\"9001\",", ""), 400, "gemeente"),
                Arguments.of("unknown gemeente", Verzoek.vervang("\"9001\"", "\"0363\""), 400, "gemeente"),
                Arguments.of("gemeente a number", Verzoek.vervang("\"9001\"", "9001"), 400, "gemeente"),
                Arguments.of("no aanvrager", Verzoek.vervang("\"aanvrager\":{\"bsn\":\"999993653\"},", ""), 400, "aanvrager"),
                Arguments.of("aanvrager a string", Verzoek.vervang("{\"bsn\":\"999993653\"}", "\"999993653\""), 400, "aanvrager"),
                Arguments.of("no bsn", Verzoek.vervang("{\"bsn\":\"999993653\"}", "{}"), 400, "aanvrager.bsn"),
                Arguments.of("bsn too short", Verzoek.vervang("999993653", "99999365"), 400, "aanvrager.bsn"),
                Arguments.of("bsn fails 11-proef", Verzoek.vervang("999993653", "999993654"), 400, "aanvrager.bsn"),
                Arguments.of("bsn with letters", Verzoek.vervang("999993653", "99999365a"), 400, "aanvrager.bsn"),
                Arguments.of("bsn a number", Verzoek.vervang("\"999993653\"", "999993653"), 400, "aanvrager.bsn"),
                Arguments.of("no gegevens", Verzoek.body("{\"product\":\"melding-openbare-ruimte\",\"gemeente\":\"9001\","
                        + "\"aanvrager\":{\"bsn\":\"999993653\"}}"), 400, "gegevens"),
                Arguments.of("gegevens an array", Verzoek.body("{\"product\":\"melding-openbare-ruimte\",\"gemeente\":\"9001\","
                        + "\"aanvrager\":{\"bsn\":\"999993653\"},\"gegevens\":[]}"), 400, "gegevens"),
                Arguments.of("unknown categorie", Verzoek.vervang("\"afval\"", "\"lawaai\""), 400, "gegevens.categorie"),
                Arguments.of("control character in omschrijving", Verzoek.vervang("naast de", "naast\\u0007de"), 400,
                        "gegevens.omschrijving"),
                Arguments.of("line break in categorie", Verzoek.vervang("\"afval\"", "\"afval\\n\""), 400,
                        "gegevens.categorie"),
                Arguments.of("unknown field in gegevens", Verzoek.vervang("\"categorie\"", "\"kleur\":\"rood\",\"categorie\""),
                        400, "gegevens.kleur"),
                Arguments.of("empty omschrijving", Verzoek.vervang("Zakken naast de container", ""), 400, "gegevens.omschrijving"),
                Arguments.of("omschrijving too long", Verzoek.vervang("Zakken naast de container", "x".repeat(1001)), 400,
                        "gegevens.omschrijving"),
                Arguments.of("no locatie", Verzoek.vervang("\"locatie\":{\"postcode\":\"1234AB\",\"huisnummer\":12}",
                        "\"plaats\":\"bij de kerk\""), 400, "gegevens.locatie"),
                Arguments.of("postcode invalid", Verzoek.vervang("1234AB", "ABCD12"), 400, "gegevens.locatie.postcode"),
                Arguments.of("huisnummer text", Verzoek.vervang("\"huisnummer\":12", "\"huisnummer\":\"12\""), 400,
                        "gegevens.locatie.huisnummer"),
                Arguments.of("huisnummer negative", Verzoek.vervang("\"huisnummer\":12", "\"huisnummer\":-3"), 400,
                        "gegevens.locatie.huisnummer"),
                Arguments.of("coordinates outside NL", Verzoek.vervang("{\"postcode\":\"1234AB\",\"huisnummer\":12}",
                        "{\"lat\":48.85,\"lon\":2.35}"), 400, "gegevens.locatie.lat"),
                Arguments.of("idempotency key with spaces", new Verzoek(GELDIG, TOKEN, "application/json", "a b"), 400,
                        "Idempotency-Key"),
                Arguments.of("idempotency key too long", new Verzoek(GELDIG, TOKEN, "application/json", "k".repeat(201)), 400,
                        "Idempotency-Key"),
                Arguments.of("no token", Verzoek.body(GELDIG).token(null), 401, null),
                Arguments.of("garbage token", Verzoek.body(GELDIG).token("not.a.jwt"), 401, null),
                Arguments.of("foreign token (other secret)", Verzoek.body(GELDIG)
                        .token(Tokens.token("frontoffice-portal", ander, BSN, Instant.now())), 401, null),
                Arguments.of("unknown client", Verzoek.body(GELDIG)
                        .token(Tokens.token("onbekend", Tokens.DEMO_SECRET, BSN, Instant.now())), 401, null),
                Arguments.of("token too old", Verzoek.body(GELDIG).token(Tokens.token("frontoffice-portal",
                        Tokens.DEMO_SECRET, BSN, Instant.now().minus(Duration.ofHours(2)))), 401, null),
                Arguments.of("unsigned token (alg none)", Verzoek.body(GELDIG).token(onondertekend()), 401, null),
                Arguments.of("token without bsn", Verzoek.body(GELDIG).token(Tokens.token("frontoffice-portal",
                        Tokens.DEMO_SECRET, null, Instant.now())), 403, null),
                Arguments.of("another citizen's bsn", Verzoek.body(GELDIG).token(Tokens.portaal("999995492")), 403, null),
                Arguments.of("wrong content type", new Verzoek(GELDIG, TOKEN, "text/plain", null), 415, null),
                Arguments.of("oversized body", Verzoek.vervang("Zakken naast de container", "x".repeat(70_000)), 413, null));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("ongeldig")
    void isRefusedWithAProblemAndStoresNothing(String geval, Verzoek verzoek, int status, String veld) throws Exception {
        long aanvragen = tel("aanvraag");
        long outbox = tel("outbox");

        var request = HttpRequest.newBuilder(uri("/api/v1/aanvragen")).header("Content-Type", verzoek.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(verzoek.body(), StandardCharsets.UTF_8));
        if (verzoek.token() != null) {
            request.header("Authorization", "Bearer " + verzoek.token());
        }
        if (verzoek.idempotencyKey() != null) {
            request.header("Idempotency-Key", verzoek.idempotencyKey());
        }
        var antwoord = send(request);

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(antwoord.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain(BSN);
        assertThat(antwoord.body()).doesNotContain(BSN);
        if (veld != null) {
            assertThat(problem.get("invalidParams")).extracting(p -> p.get("name").asString()).contains(veld);
        }
        assertThat(tel("aanvraag")).as("aanvragen stored").isEqualTo(aanvragen);
        assertThat(tel("outbox")).as("messages stored").isEqualTo(outbox);
    }

    private long tel(String tabel) {
        return jdbc.sql("select count(*) from " + tabel).query(Long.class).single();
    }

    private static String onondertekend() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + b64.encodeToString(
                ("{\"iss\":\"frontoffice-portal\",\"client_id\":\"frontoffice-portal\",\"iat\":"
                        + Instant.now().getEpochSecond() + ",\"bsn\":\"" + BSN + "\"}").getBytes()) + ".";
    }
}

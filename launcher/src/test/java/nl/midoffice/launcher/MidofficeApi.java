package nl.midoffice.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.json.JsonMapper;

/**
 * The mid-office API as the portal calls it (a ZGW token signed with the portal's demo secret) and the
 * administration API as an administrator calls it (HTTP Basic).
 */
final class MidofficeApi {

    static final String BSN = "999993653";
    private static final String CLIENT = "frontoffice-portal";
    private static final String SECRET = "demo-only-secret-change-me-0123456789abcdef";
    private static final String BEHEERDER = "Basic "
            + Base64.getEncoder().encodeToString("beheerder:demo".getBytes(StandardCharsets.UTF_8));
    private static final String MELDING = """
            {"product":"melding-openbare-ruimte","gemeente":"9001","aanvrager":{"bsn":"%s"},
             "gegevens":{"categorie":"straatverlichting","omschrijving":"Lantaarnpaal brandt niet",
                         "locatie":{"postcode":"1234AB","huisnummer":12}}}""".formatted(BSN);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A dead letter as the administration API lists it. */
    record DeadLetter(String id, String queue, String herkomst, String reden, String tijdstip, String aanvraagId,
            String correlationId, String inhoud) {
    }

    private record DeadLetterLijst(List<DeadLetter> deadLetters) {
    }

    /** The answer to a POST: the HTTP status and, on a 202, the aanvraag id. */
    record Ingediend(int status, String id, String body) {
        boolean geaccepteerd() {
            return status == 202;
        }
    }

    private final String basis;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    MidofficeApi(String basis) {
        this.basis = basis;
    }

    /** Submits a melding openbare ruimte; the same idempotency key always means the same aanvraag. */
    Ingediend dienIn(String idempotencyKey) throws IOException, InterruptedException {
        var antwoord = http.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/aanvragen"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(MELDING)).build(), HttpResponse.BodyHandlers.ofString());
        String id = antwoord.statusCode() == 202 ? (String) JSON.readValue(antwoord.body(), Map.class).get("id") : null;
        return new Ingediend(antwoord.statusCode(), id, antwoord.body());
    }

    /** Submits an aanvraag (the whole body) on behalf of the citizen {@code bsn}, with an idempotency key. */
    Ingediend dienInAls(String idempotencyKey, String bsn, String body) throws IOException, InterruptedException {
        var antwoord = http.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/aanvragen"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token(bsn))
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String id = antwoord.statusCode() == 202 ? (String) JSON.readValue(antwoord.body(), Map.class).get("id") : null;
        return new Ingediend(antwoord.statusCode(), id, antwoord.body());
    }

    /** Submits any product for {@link #BSN}; returns the aanvraag id of the 202. */
    String dienIn(String product, String gemeente, String gegevens) throws IOException, InterruptedException {
        String body = """
                {"product":"%s","gemeente":"%s","aanvrager":{"bsn":"%s"},"gegevens":%s}"""
                .formatted(product, gemeente, BSN, gegevens);
        var antwoord = http.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/aanvragen"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != 202) {
            throw new AssertionError("POST " + product + " answered " + antwoord.statusCode() + ": " + antwoord.body());
        }
        return (String) JSON.readValue(antwoord.body(), Map.class).get("id");
    }

    /** The aanvraag's current status, such as ONTVANGEN, VERTRAAGD or GEREGISTREERD. */
    String status(String aanvraagId) throws IOException, InterruptedException {
        return status(aanvraagId, BSN);
    }

    /** The status of an aanvraag of the citizen {@code bsn}: a citizen sees only their own. */
    String status(String aanvraagId, String bsn) throws IOException, InterruptedException {
        var antwoord = http.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/aanvragen/" + aanvraagId))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token(bsn)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != 200) {
            throw new AssertionError("GET aanvraag " + aanvraagId + " answered " + antwoord.statusCode()
                    + ": " + antwoord.body());
        }
        return (String) JSON.readValue(antwoord.body(), Map.class).get("status");
    }

    List<DeadLetter> deadLetters() throws IOException, InterruptedException {
        var antwoord = http.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/beheer/dead-letters"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", BEHEERDER).build(),
                HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != 200) {
            throw new AssertionError("GET dead-letters answered " + antwoord.statusCode() + ": " + antwoord.body());
        }
        return JSON.readValue(antwoord.body(), DeadLetterLijst.class).deadLetters();
    }

    /** Sends a dead letter back to its queue; returns the HTTP status. */
    int opnieuw(String deadLetterId) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/beheer/dead-letters/"
                + java.net.URLEncoder.encode(deadLetterId, StandardCharsets.UTF_8) + "/opnieuw"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", BEHEERDER)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** What the portal sends: HS256 with the shared secret, iss = client_id, iat, and the citizen's BSN. */
    /** Switches a capability of a municipality through the administration API. */
    void wissel(String gemeente, String capability, String modus) throws IOException, InterruptedException {
        var antwoord = http.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/beheer/gemeenten/" + gemeente
                        + "/capabilities/" + capability))
                .timeout(Duration.ofSeconds(10)).header("Authorization", BEHEERDER)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"modus\":\"" + modus + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != 200) {
            throw new AssertionError("PUT capability answered " + antwoord.statusCode() + ": " + antwoord.body());
        }
    }

    /** Where a step of an aanvraag was routed: its system and, in SHADOW, the shadow system. */
    record Routering(String capability, String modus, String systeem, String schaduwSysteem) {
    }

    /** The routings of an aanvraag, from its trace. */
    @SuppressWarnings("unchecked")
    List<Routering> routeringen(String aanvraagId) throws IOException, InterruptedException {
        var antwoord = http.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/beheer/aanvragen/" + aanvraagId
                        + "/spoor")).timeout(Duration.ofSeconds(10)).header("Authorization", BEHEERDER).build(),
                HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != 200) {
            throw new AssertionError("GET spoor answered " + antwoord.statusCode() + ": " + antwoord.body());
        }
        var routeringen = (List<Map<String, Object>>) JSON.readValue(antwoord.body(), Map.class).get("routeringen");
        return routeringen.stream().map(r -> new Routering(String.valueOf(r.get("capability")),
                String.valueOf(r.get("modus")), (String) r.get("systeem"), (String) r.get("schaduwSysteem"))).toList();
    }

    /**
     * The sum of a Prometheus metric's samples whose labels contain every fragment given (such as {@code
     * route="midoffice.herstel"}), from this instance's {@code /actuator/prometheus}.
     */
    double metriek(String naam, String... labels) throws IOException, InterruptedException {
        var antwoord = http.send(HttpRequest.newBuilder(URI.create(basis + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", BEHEERDER).build(),
                HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != 200) {
            throw new AssertionError("GET prometheus answered " + antwoord.statusCode());
        }
        return antwoord.body().lines().filter(r -> r.startsWith(naam + "{") || r.startsWith(naam + " "))
                .filter(r -> java.util.Arrays.stream(labels).allMatch(r::contains))
                .mapToDouble(r -> Double.parseDouble(r.substring(r.lastIndexOf(' ') + 1))).sum();
    }

    private static String token() {
        return token(BSN);
    }

    private static String token(String bsn) {
        try {
            var claims = new JWTClaimsSet.Builder().issuer(CLIENT).claim("client_id", CLIENT)
                    .issueTime(Date.from(Instant.now())).claim("bsn", bsn).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(SECRET));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

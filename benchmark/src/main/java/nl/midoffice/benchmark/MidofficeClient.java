package nl.midoffice.benchmark;

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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The mid-office as a front office and an administrator call it: {@code POST /api/v1/aanvragen} with a ZGW token
 * (HS256, claims {@code iss}, {@code client_id}, {@code iat}, {@code bsn}) signed with the portal's secret, the
 * capability switches of the administration API (HTTP Basic), and the Prometheus metrics (a scraper's bearer token).
 */
final class MidofficeClient {

    static final String CLIENT = "frontoffice-portal";
    /** Tokens are renewed well before the mid-office's maximum token age (1 h by default). */
    private static final Duration TOKEN_GELDIG = Duration.ofMinutes(20);

    /** The answer to a POST: status and, on a 202, the aanvraag id. */
    record Ingediend(int status, String id) {
        boolean geaccepteerd() {
            return status == 202;
        }
    }

    private record Token(String waarde, Instant uitgegeven) {
    }

    private final String basis;
    private final MACSigner signer;
    private final String beheerder;
    private final String scraper;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    MidofficeClient(String basis, String secret, String beheerder, String scrapeToken) {
        this.basis = basis;
        try {
            this.signer = new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The secret cannot sign HS256 tokens", e);
        }
        this.beheerder = "Basic " + Base64.getEncoder().encodeToString(beheerder.getBytes(StandardCharsets.UTF_8));
        this.scraper = "Bearer " + scrapeToken;
    }

    /** Submits without waiting; the future completes with the answer (or exceptionally on a transport failure). */
    CompletableFuture<Ingediend> dienIn(Verzoeken.Verzoek verzoek) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(basis + "/api/v1/aanvragen"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(verzoek.bsn()))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(verzoek.json())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(a -> new Ingediend(a.statusCode(), a.statusCode() == 202 ? id(a.body()) : null));
    }

    /** Puts every capability of a municipality in one mode. */
    void zetModus(String gemeente, String modus) throws IOException, InterruptedException {
        for (String capability : new String[] {"persoonsgegevens", "zaakregistratie", "vergunningen"}) {
            var antwoord = nogmaalsBijVerbroken(HttpRequest.newBuilder(URI.create(basis
                            + "/api/v1/beheer/gemeenten/" + gemeente + "/capabilities/" + capability))
                    .header("Authorization", beheerder).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"modus\":\"" + modus + "\"}")).build());
            if (antwoord.statusCode() != 200) {
                throw new IllegalStateException("Switching " + capability + " of " + gemeente + " to " + modus
                        + " answered " + antwoord.statusCode() + ": " + antwoord.body());
            }
        }
    }

    /**
     * Sends an idempotent request, once more when the connection broke before an answer: the server closes a kept-alive
     * connection after its 100th request (the gauges are read every 0.5 s), and the client retries only a GET itself.
     */
    private HttpResponse<String> nogmaalsBijVerbroken(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The mid-office's gauges: {@code midoffice_queue_messages} per queue and {@code midoffice_outbox_messages}. */
    Map<String, Double> metingen() throws IOException, InterruptedException {
        var antwoord = http.send(HttpRequest.newBuilder(URI.create(basis + "/actuator/prometheus"))
                .header("Authorization", scraper).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != 200) {
            throw new IllegalStateException("/actuator/prometheus answered " + antwoord.statusCode());
        }
        return Prometheus.gauges(antwoord.body());
    }

    private String token(String bsn) {
        Instant nu = Instant.now();
        return tokens.compute(bsn, (b, t) -> t != null && t.uitgegeven().isAfter(nu.minus(TOKEN_GELDIG)) ? t
                : new Token(teken(b, nu), nu)).waarde();
    }

    private String teken(String bsn, Instant nu) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(CLIENT).claim("client_id", CLIENT)
                .issueTime(Date.from(nu)).claim("bsn", bsn).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The {@code "id"} of a 202's body; read without a JSON parser, it is the first field the API writes. */
    static String id(String body) {
        int sleutel = body.indexOf("\"id\"");
        int start = body.indexOf('"', body.indexOf(':', sleutel) + 1) + 1;
        return body.substring(start, body.indexOf('"', start));
    }

}
